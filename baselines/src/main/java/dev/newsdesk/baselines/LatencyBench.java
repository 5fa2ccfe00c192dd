package dev.newsdesk.baselines;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Warms a mode up with one pass over the queries, then times every query for a number of rounds. */
final class LatencyBench {

  record Result(double p50Ms, double p99Ms, List<List<String>> results, int emptyResults) {}

  private LatencyBench() {}

  static Result run(RetrievalModes.Mode mode, List<QueryItem> queries, int rounds, PrintStream log) {
    for (QueryItem query : queries) {
      mode.search().apply(query);
    }
    long[] nanos = new long[queries.size() * rounds];
    List<List<String>> results = new ArrayList<>(queries.size());
    int empty = 0;
    int n = 0;
    long started = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (QueryItem query : queries) {
        long start = System.nanoTime();
        List<?> found = mode.search().apply(query);
        nanos[n++] = System.nanoTime() - start;
        if (round == 0) {
          results.add(mode.ids(found));
          if (found.isEmpty()) {
            empty++;
          }
        }
      }
    }
    Arrays.sort(nanos);
    Result result = new Result(percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, results, empty);
    log.printf(
        "%s: %d queries × %d rounds in %.1f s, p50 %.3f ms, p99 %.3f ms, %d with no result%n",
        mode.name(), queries.size(), rounds, (System.nanoTime() - started) / 1e9, result.p50Ms(), result.p99Ms(), empty);
    return result;
  }

  /** Nearest-rank percentile of an ascending array: the value at rank ⌈p/100 · n⌉ (1-based). */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }
}
