package dev.newsdesk.retrieval.embed;

/** Small vector operations on float arrays. */
public final class VectorMath {

  private VectorMath() {}

  /** A copy scaled to unit length (a zero vector stays zero). */
  public static float[] normalised(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[vector.length];
    if (norm == 0) {
      return out;
    }
    for (int i = 0; i < vector.length; i++) {
      out[i] = (float) (vector[i] / norm);
    }
    return out;
  }

  public static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
