package dev.newsdesk.retrieval.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One passage found for a query, with its score and the metadata of its article for citing. */
public record RetrievedPassage(
    String articleId,
    int ordinal,
    String text,
    int start,
    int end,
    double score,
    String title,
    String outlet,
    Optional<String> url,
    Optional<Instant> published,
    List<String> authors) {

  public RetrievedPassage {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
  }

  /** The same passage with another score (after fusion or re-ranking). */
  public RetrievedPassage withScore(double newScore) {
    return new RetrievedPassage(
        articleId, ordinal, text, start, end, newScore, title, outlet, url, published, authors);
  }

  /** The publication day in UTC. */
  public Optional<LocalDate> publishedDate() {
    return published.map(p -> LocalDate.ofInstant(p, ZoneOffset.UTC));
  }
}
