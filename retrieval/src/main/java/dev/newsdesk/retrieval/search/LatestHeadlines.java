package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.NewsIndex;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The newest articles of the index, optionally only those a topic matches (BM25 over headline and text). */
public final class LatestHeadlines {

  /** How many passages a topic search looks at before it orders their articles by date. */
  private static final int TOPIC_CANDIDATES = 200;

  private final NewsIndex index;

  public LatestHeadlines(NewsIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** One article as a headline list shows it. */
  public record Headline(
      String articleId, String title, String outlet, Optional<Instant> published, Optional<String> url) {
    public Headline {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(url, "url");
    }
  }

  /** The {@code count} newest articles, newest first; undated articles come last. */
  public List<Headline> latest(int count) {
    requirePositive(count);
    return index.searching().inView(view -> view.newest(count)).orElse(List.of());
  }

  /** The {@code count} newest articles the topic matches, newest first; a blank topic means all. */
  public List<Headline> latest(String topic, int count) {
    requirePositive(count);
    if (topic.isBlank()) {
      return latest(count);
    }
    List<Headline> hits =
        index.searching().inView(view -> view.aboutTopic(topic, TOPIC_CANDIDATES)).orElse(List.of());
    Map<String, Headline> articles = new LinkedHashMap<>();
    hits.forEach(h -> articles.putIfAbsent(h.articleId(), h));
    Comparator<Headline> newestFirst = Comparator.comparing(
        (Headline h) -> h.published().orElse(Instant.MIN), Comparator.reverseOrder());
    return articles.values().stream().sorted(newestFirst).limit(count).toList();
  }

  private static void requirePositive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
  }
}
