package dev.newsdesk.retrieval.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fuses ranked lists: each candidate scores the sum of {@code weight / (k + rank)} over the lists. */
final class ReciprocalRankFusion {

  private ReciprocalRankFusion() {}

  /** A candidate with its fused score. */
  record Fused(Object candidate, double score) {}

  /** The fused ranking, best first. */
  static List<Fused> fuse(List<List<Object>> lists, List<Double> weights, int k) {
    Map<Object, Double> scores = new LinkedHashMap<>();
    for (int l = 0; l < lists.size(); l++) {
      List<Object> list = lists.get(l);
      for (int rank = 0; rank < list.size(); rank++) {
        scores.merge(list.get(rank), weights.get(l) / (k + rank + 1), Double::sum);
      }
    }
    List<Fused> fused = new ArrayList<>(scores.size());
    scores.forEach((candidate, score) -> fused.add(new Fused(candidate, score)));
    fused.sort(Comparator.comparingDouble(Fused::score).reversed());
    return fused;
  }
}
