package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources of one answer, built once from the retrieved passages: one per article, numbered
 * from 1 in the order of the article's best-ranked passage, so {@code [n]} always names one article
 * for both composers and the citation check.
 */
public final class NumberedSources {

  private final List<NumberedSource> sources;

  private NumberedSources(List<NumberedSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** Groups passages (best first) by article, numbering the articles in rank order. */
  public static NumberedSources of(List<RetrievedPassage> passages) {
    Map<String, List<RetrievedPassage>> byArticle = new LinkedHashMap<>();
    for (RetrievedPassage p : passages) {
      byArticle.computeIfAbsent(p.articleId(), id -> new ArrayList<>()).add(p);
    }
    List<NumberedSource> numbered = new ArrayList<>();
    for (List<RetrievedPassage> parts : byArticle.values()) {
      numbered.add(new NumberedSource(numbered.size() + 1, parts));
    }
    return new NumberedSources(numbered);
  }

  /** Every source, numbered 1..{@link #size()}. */
  public List<NumberedSource> all() {
    return sources;
  }

  public int size() {
    return sources.size();
  }

  public boolean isEmpty() {
    return sources.isEmpty();
  }

  /** Source {@code n}; empty when no source has that number. */
  public Optional<NumberedSource> number(int n) {
    return n >= 1 && n <= sources.size() ? Optional.of(sources.get(n - 1)) : Optional.empty();
  }

  /** The number of the source that holds the passage's article. */
  public int numberOf(RetrievedPassage passage) {
    for (NumberedSource source : sources) {
      if (source.articleId().equals(passage.articleId())) {
        return source.n();
      }
    }
    throw new IllegalArgumentException("the passage's article " + passage.articleId() + " is not a source");
  }
}
