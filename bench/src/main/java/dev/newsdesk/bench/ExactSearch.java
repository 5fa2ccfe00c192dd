package dev.newsdesk.bench;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Brute-force nearest neighbours by dot product over every vector, the ground truth for recall: the
 * vectors lie in one flat buffer: an array, or the memory-mapped vectors file of a {@link BenchData} folder.
 */
public final class ExactSearch {

  private final FloatBuffer vectors;
  private final int dimension;
  private final int size;

  private ExactSearch(FloatBuffer vectors, int dimension) {
    this.vectors = vectors;
    this.dimension = dimension;
    this.size = vectors.capacity() / dimension;
  }

  /** An exact search over these vectors, held on the heap. */
  public ExactSearch(float[][] vectors) {
    this(FloatBuffer.wrap(flat(vectors)), vectors.length == 0 ? 1 : vectors[0].length);
  }

  /** An exact search over the vectors of a {@link BenchData} folder, memory-mapped (they may outgrow the heap). */
  public static ExactSearch of(Path dataFolder) {
    return new ExactSearch(BenchData.mapVectors(dataFolder), BenchData.dimension(dataFolder));
  }

  /** The indexes of the {@code k} vectors with the highest dot product with {@code query}, best first. */
  public int[] top(float[] query, int k) {
    int count = Math.min(k, size);
    int[] best = new int[count];
    float[] scores = new float[count];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    for (int i = 0; i < size; i++) {
      float score = dot(i * dimension, query);
      if (count > 0 && score > scores[count - 1]) {
        int at = count - 1;
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

  private float dot(int offset, float[] query) {
    float sum = 0;
    for (int i = 0; i < query.length; i++) {
      sum += vectors.get(offset + i) * query[i];
    }
    return sum;
  }

  private static float[] flat(float[][] vectors) {
    int dimension = vectors.length == 0 ? 1 : vectors[0].length;
    float[] out = new float[vectors.length * dimension];
    for (int i = 0; i < vectors.length; i++) {
      System.arraycopy(vectors[i], 0, out, i * dimension, dimension);
    }
    return out;
  }
}
