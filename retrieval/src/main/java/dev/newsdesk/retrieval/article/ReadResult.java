package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;

/** What a reader found in one input: the articles, and the items it could not use. */
public record ReadResult(List<Article> articles, List<Problem> problems) {

  public ReadResult {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }

  public static ReadResult of(Article article) {
    return new ReadResult(List.of(article), List.of());
  }

  public static ReadResult problem(Problem problem) {
    return new ReadResult(List.of(), List.of(problem));
  }

  /** This result followed by the other. */
  public ReadResult plus(ReadResult other) {
    List<Article> a = new ArrayList<>(articles);
    a.addAll(other.articles);
    List<Problem> p = new ArrayList<>(problems);
    p.addAll(other.problems);
    return new ReadResult(a, p);
  }
}
