package dev.newsdesk.retrieval.eval;

import java.util.List;
import java.util.Set;

/**
 * Retrieval scores of one question: Hits@1, @5, @10 (is a gold article among the articles of the
 * top k passages) and the reciprocal rank of the first gold passage within the top 10.
 */
public record RetrievalMetrics(double hitsAt1, double hitsAt5, double hitsAt10, double reciprocalRankAt10) {

  /** Scores a ranking of passages, given as their article ids in rank order. */
  public static RetrievalMetrics of(List<String> rankedArticleIds, Set<String> gold) {
    int first = -1;
    for (int rank = 0; rank < Math.min(10, rankedArticleIds.size()); rank++) {
      if (gold.contains(rankedArticleIds.get(rank))) {
        first = rank + 1;
        break;
      }
    }
    return new RetrievalMetrics(
        hit(first, 1), hit(first, 5), hit(first, 10), first > 0 ? 1.0 / first : 0.0);
  }

  private static double hit(int firstRank, int k) {
    return firstRank > 0 && firstRank <= k ? 1.0 : 0.0;
  }
}
