package dev.newsdesk.retrieval.eval;

/** Nearest-rank percentiles of values sorted in ascending order. */
public final class Percentiles {

  private Percentiles() {}

  public static double of(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
