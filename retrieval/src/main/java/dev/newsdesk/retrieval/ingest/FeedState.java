package dev.newsdesk.retrieval.ingest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Newsdesk remembers of one feed between polls: the validators for a conditional GET, when to
 * poll next, and the run of failures that sets the backoff.
 */
public record FeedState(
    String url,
    Optional<String> etag,
    Optional<String> lastModified,
    int failures,
    Instant nextPoll,
    Optional<String> lastError) {

  public FeedState {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(nextPoll, "nextPoll");
    Objects.requireNonNull(lastError, "lastError");
  }

  /** A feed never polled: due at once. */
  public static FeedState fresh(String url) {
    return new FeedState(url, Optional.empty(), Optional.empty(), 0, Instant.EPOCH, Optional.empty());
  }

  public boolean due(Instant now) {
    return !nextPoll.isAfter(now);
  }
}
