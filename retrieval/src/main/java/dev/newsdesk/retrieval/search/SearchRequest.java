package dev.newsdesk.retrieval.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to search for: the query text, how many passages, and the filters that narrow it.
 *
 * <p>{@code from}/{@code to} bound the publication instant (inclusive); {@code asOf} hides what was
 * published after it (undated articles stay visible); {@code outlets} keeps only those outlets
 * (compared case-insensitively; empty means all); {@code maxPerArticle} caps how many passages of
 * one article may take places in the top {@code k}; {@code recency} whether the retriever's recency
 * prior applies (on by default; off to find an older article that matches better than recent ones).
 */
public record SearchRequest(
    String query,
    int k,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<Instant> asOf,
    Set<String> outlets,
    int maxPerArticle,
    boolean recency) {

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(asOf, "asOf");
    outlets = Set.copyOf(outlets);
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    if (maxPerArticle < 1) {
      throw new IllegalArgumentException("maxPerArticle must be at least 1, was " + maxPerArticle);
    }
  }

  /** A request with the recency prior on. */
  public SearchRequest(String query, int k, Optional<Instant> from, Optional<Instant> to, Optional<Instant> asOf,
      Set<String> outlets, int maxPerArticle) {
    this(query, k, from, to, asOf, outlets, maxPerArticle, true);
  }

  /** A request with no filters and at most two passages per article. */
  public static SearchRequest of(String query, int k) {
    return new SearchRequest(
        query, k, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 2);
  }

  public SearchRequest withDateRange(Optional<Instant> from, Optional<Instant> to) {
    return new SearchRequest(query, k, from, to, asOf, outlets, maxPerArticle, recency);
  }

  public SearchRequest withOutlets(Set<String> outlets) {
    return new SearchRequest(query, k, from, to, asOf, outlets, maxPerArticle, recency);
  }

  /** The same request for {@code k} passages (at least 1). */
  public SearchRequest withK(int k) {
    return new SearchRequest(query, k, from, to, asOf, outlets, maxPerArticle, recency);
  }

  public SearchRequest withMaxPerArticle(int maxPerArticle) {
    return new SearchRequest(query, k, from, to, asOf, outlets, maxPerArticle, recency);
  }

  public SearchRequest withAsOf(Optional<Instant> asOf) {
    return new SearchRequest(query, k, from, to, asOf, outlets, maxPerArticle, recency);
  }

  /** The same request ranked by relevance alone, without the recency prior. */
  public SearchRequest withoutRecency() {
    return new SearchRequest(query, k, from, to, asOf, outlets, maxPerArticle, false);
  }
}
