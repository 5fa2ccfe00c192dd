package dev.newsdesk.bot.bench;

import java.util.Arrays;
import java.util.List;

/** Brute-force nearest neighbours by dot product over every vector held in memory: the ground truth for recall. */
public final class ExactSearch {

  private final float[][] vectors;

  public ExactSearch(float[][] vectors) {
    this.vectors = vectors.clone();
  }

  /** The indexes of the {@code k} vectors with the highest dot product with {@code query}, best first. */
  public int[] top(float[] query, int k) {
    int size = Math.min(k, vectors.length);
    int[] best = new int[size];
    float[] scores = new float[size];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < vectors.length; i++) {
      float score = dot(vectors[i], query);
      if (size > 0 && score > scores[size - 1]) {
        int at = size - 1;
        while (at > 0 && scores[at - 1] < score) {
          scores[at] = scores[at - 1];
          best[at] = best[at - 1];
          at--;
        }
        scores[at] = score;
        best[at] = i;
      }
    }
    return best;
  }

  /** The share of the exact top-k found by the approximate search, averaged over the queries. */
  public static double recall(List<int[]> approximate, List<int[]> exact, int k) {
    if (approximate.size() != exact.size()) {
      throw new IllegalArgumentException("recall needs one approximate and one exact result per query");
    }
    double sum = 0;
    for (int q = 0; q < exact.size(); q++) {
      int[] truth = exact.get(q);
      long found = Arrays.stream(approximate.get(q)).limit(k)
          .filter(id -> Arrays.stream(truth).limit(k).anyMatch(t -> t == id)).count();
      sum += (double) found / Math.min(k, Math.max(1, truth.length));
    }
    return exact.isEmpty() ? 0 : sum / exact.size();
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
