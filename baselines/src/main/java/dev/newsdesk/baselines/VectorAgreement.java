package dev.newsdesk.baselines;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/**
 * How close this probe's own query embeddings are to the vectors in queries.jsonl, with and without
 * bge's query instruction: a cosine near 1 says the probe embeds questions the way the benchmark did.
 */
final class VectorAgreement {

  record Cosines(double min, double mean) {}

  private VectorAgreement() {}

  static Cosines of(EmbeddingModel model, String prefix, List<QueryItem> queries) {
    double min = Double.POSITIVE_INFINITY;
    double sum = 0;
    for (QueryItem query : queries) {
      double cosine = cosine(model.embed(prefix + query.text()).content().vector(), query.vector());
      min = Math.min(min, cosine);
      sum += cosine;
    }
    return new Cosines(min, sum / queries.size());
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      aa += (double) a[i] * a[i];
      bb += (double) b[i] * b[i];
    }
    return dot / Math.sqrt(aa * bb);
  }
}
