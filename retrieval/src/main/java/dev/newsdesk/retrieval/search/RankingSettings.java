package dev.newsdesk.retrieval.search;

/**
 * How candidates are fused and ranked: the weight of each source in reciprocal rank fusion, the
 * fusion constant, how deep each source is read, and the recency prior.
 *
 * <p>The recency prior adds {@code recencyWeight * (sum of source weights) / (rrfK + 1)} times
 * {@code 0.5^(age / halfLifeDays)} to a passage's fused score, where age is the days between
 * publication and the as-of instant: at weight 1 a passage published at the as-of instant gains
 * what first places in all the lists would give.
 */
public record RankingSettings(
    double bm25Weight,
    double vectorWeight,
    int rrfK,
    int depth,
    double recencyWeight,
    double recencyHalfLifeDays) {

  public static final RankingSettings DEFAULT = new RankingSettings(1.0, 1.0, 60, 100, 0.5, 14);

  public RankingSettings {
    if (bm25Weight < 0 || vectorWeight < 0 || recencyWeight < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (rrfK < 1 || depth < 1 || recencyHalfLifeDays <= 0) {
      throw new IllegalArgumentException("rrfK, depth and recencyHalfLifeDays must be positive");
    }
  }

  public RankingSettings withRecency(double weight, double halfLifeDays) {
    return new RankingSettings(bm25Weight, vectorWeight, rrfK, depth, weight, halfLifeDays);
  }

  public RankingSettings withDepth(int newDepth) {
    return new RankingSettings(bm25Weight, vectorWeight, rrfK, newDepth, recencyWeight, recencyHalfLifeDays);
  }

  public RankingSettings withWeights(double bm25, double vector) {
    return new RankingSettings(bm25, vector, rrfK, depth, recencyWeight, recencyHalfLifeDays);
  }
}
