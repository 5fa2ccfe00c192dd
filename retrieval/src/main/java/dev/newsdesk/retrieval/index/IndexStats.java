package dev.newsdesk.retrieval.index;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What an index holds: counts, outlets with their article counts, the date range and the size.
 *
 * <p>{@code location} is the folder or the collection; {@code outlets} is ordered by article count, largest first.
 */
public record IndexStats(
    String location,
    long articles,
    long passages,
    Map<String, Long> outlets,
    Optional<LocalDate> earliest,
    Optional<LocalDate> latest,
    long sizeBytes,
    long vectors,
    EmbeddingRecord embedding) {

  public IndexStats {
    outlets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outlets));
  }
}
