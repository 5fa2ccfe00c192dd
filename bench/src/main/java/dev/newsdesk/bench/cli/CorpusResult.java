package dev.newsdesk.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.util.Arrays;
import java.util.Locale;

/**
 * What {@code bench --corpus} measured: the corpus indexed (articles, passages, those with vectors,
 * failed inputs), ingest seconds and rates, the embedding model and its own rate (passages per second,
 * 0 without a model), bytes on disk, and answer latency in milliseconds over {@code queries} answers
 * by the named composer. Written as JSON with snake_case names.
 */
record CorpusResult(long articles, long passages, long vectors, int failedInputs, double ingestSeconds,
    double articlesPerSecond, double passagesPerSecond, String embeddingModel, double embedPassagesPerSecond,
    long indexBytes, String composer, int queries, double askP50Ms, double askP99Ms, double askMeanMs) {

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  /** The figures of one run: its ingest report, the index's statistics, the sorted answer latencies. */
  static CorpusResult of(IngestReport report, IndexStats stats, double[] latencies, String composer,
      double embedPassagesPerSecond) {
    double seconds = report.elapsed().toNanos() / 1e9;
    return new CorpusResult(stats.articles(), stats.passages(), stats.vectors(), report.failed().size(),
        round(seconds), round(report.articles() / seconds), round(report.passages() / seconds),
        stats.embedding().model(), round(embedPassagesPerSecond), stats.sizeBytes(), composer, latencies.length,
        round(Percentiles.of(latencies, 50)), round(Percentiles.of(latencies, 99)),
        round(Arrays.stream(latencies).average().orElse(0)));
  }

  JsonNode json() {
    return JSON.valueToTree(this);
  }

  /** Four lines for people. */
  String text() {
    return String.format(
        Locale.ROOT,
        "Ingest   %,d articles, %,d passages (%,d with vectors, %s) in %.1f s = %.1f articles/s, %.1f passages/s%n"
            + "Embed    %.1f passages/s: the model alone, the ceiling of ingest with vectors%n"
            + "Index    %.1f MB on disk%n"
            + "Ask      %,d questions (%s composer): p50 %.2f ms, p99 %.2f ms, mean %.2f ms",
        articles, passages, vectors, embeddingModel, ingestSeconds, articlesPerSecond, passagesPerSecond,
        embedPassagesPerSecond, indexBytes / 1_048_576.0, queries, composer, askP50Ms, askP99Ms, askMeanMs);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
