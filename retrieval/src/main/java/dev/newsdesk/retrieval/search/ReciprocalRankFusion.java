package dev.newsdesk.retrieval.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/** Fuses ranked lists: each document scores the sum of {@code weight / (k + rank)} over the lists. */
final class ReciprocalRankFusion {

  private ReciprocalRankFusion() {}

  /** A document with its fused score. */
  record Fused(int doc, double score) {}

  /** The fused ranking, best first. */
  static List<Fused> fuse(List<ScoreDoc[]> lists, List<Double> weights, int k) {
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (int l = 0; l < lists.size(); l++) {
      ScoreDoc[] list = lists.get(l);
      for (int rank = 0; rank < list.length; rank++) {
        scores.merge(list[rank].doc, weights.get(l) / (k + rank + 1), Double::sum);
      }
    }
    List<Fused> fused = new ArrayList<>(scores.size());
    scores.forEach((doc, score) -> fused.add(new Fused(doc, score)));
    fused.sort(Comparator.comparingDouble(Fused::score).reversed());
    return fused;
  }
}
