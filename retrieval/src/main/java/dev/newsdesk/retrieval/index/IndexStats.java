package dev.newsdesk.retrieval.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What an index holds: counts, outlets with their article counts, the date range and the size.
 *
 * <p>{@code outlets} is ordered by article count, largest first.
 */
public record IndexStats(
    Path path,
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
