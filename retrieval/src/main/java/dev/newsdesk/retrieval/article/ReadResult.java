package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader found in one input: the articles, the items it could not use, and what it noticed
 * about each article ({@link ArticleNotes}, by article id; an article without notes has none).
 */
public record ReadResult(List<Article> articles, List<Problem> problems, Map<String, ArticleNotes> notes) {

  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    notes = Map.copyOf(notes);
  }

  public ReadResult(List<Article> articles, List<Problem> problems) {
    this(articles, problems, Map.of());
  }

  public static ReadResult of(Article article) {
    return new ReadResult(List.of(article), List.of());
  }

  public static ReadResult of(Article article, ArticleNotes notes) {
    return new ReadResult(List.of(article), List.of(), Map.of(article.id(), notes));
  }

  public static ReadResult problem(Problem problem) {
    return new ReadResult(List.of(), List.of(problem));
  }

  /** What the reader noticed about this article. */
  public ArticleNotes notesFor(Article article) {
    return notes.getOrDefault(article.id(), ArticleNotes.NONE);
  }

  /** This result followed by the other. */
  public ReadResult plus(ReadResult other) {
    return concat(List.of(this, other));
  }

  /** All these results as one, in order. */
  public static ReadResult concat(List<ReadResult> results) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, ArticleNotes> notes = new HashMap<>();
    for (ReadResult result : results) {
      articles.addAll(result.articles);
      problems.addAll(result.problems);
      result.notes.forEach((id, n) -> notes.merge(id, n, ArticleNotes::plus));
    }
    return new ReadResult(articles, problems, notes);
  }
}
