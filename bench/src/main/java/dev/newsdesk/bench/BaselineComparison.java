package dev.newsdesk.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The baselines of a scale run, each in its own JVM over the run's {@link BenchData}, set beside
 * Newsdesk's figures: recall against exact search, speed over Newsdesk's counterpart, and the
 * articles each found (for quality). A baseline that fails is reported, and the rest still measured.
 *
 * @param exactStore plain LangChain4j's in-memory store, when it ran
 * @param exactStoreError why it did not, when it was asked for
 * @param communityLucene the community Lucene retriever, when it ran
 * @param communityLuceneError why it did not, when it was asked for
 * @param rankings the articles of each baseline's top k per question, by quality name
 */
record BaselineComparison(Optional<ScaleResult.ExactStore> exactStore, Optional<String> exactStoreError,
    Optional<ScaleResult.CommunityLucene> communityLucene, Optional<String> communityLuceneError,
    Map<String, List<List<String>>> rankings) {

  /** Newsdesk's retrieval each community retriever mode is timed against. */
  private static final Map<String, String> COUNTERPARTS = Map.of(
      "fulltext", "bm25", "hybrid", "hybrid", "vector", "vector", "vector_precomputed", "hnsw_search");

  /**
   * Runs the baselines {@code settings} asks for over {@code dataFolder} (their work goes under {@code
   * folder}), scored against {@code truth} (the exact top k per question, as passage numbers) and timed
   * against Newsdesk's {@code retrieval} and {@code vectors}.
   */
  static BaselineComparison run(ScaleBenchmark.Settings settings, Path folder, Path dataFolder, int k,
      List<int[]> truth, String[] articleOfPassage, Map<String, ScaleResult.Latency> retrieval,
      ScaleResult.Vectors vectors, ScaleResult.Embedding embedding) {
    int rounds = settings.real() ? settings.rounds() : 1;
    Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
    Optional<ScaleResult.ExactStore> exact = Optional.empty();
    Optional<String> exactError = Optional.empty();
    if (settings.baselines().exact()) {
      try {
        Baselines.ExactStoreRun run = Baselines.exactStore(dataFolder, k, rounds);
        exact = Optional.of(exactStore(run, truth, k, retrieval.get("vector"), vectors, embedding));
        rankings.put("exact_store", Baselines.articles(run.results(), articleOfPassage));
      } catch (ChildJvm.BaselineFailure e) {
        exactError = Optional.of(e.getMessage());
      }
    }
    Optional<ScaleResult.CommunityLucene> community = Optional.empty();
    Optional<String> communityError = Optional.empty();
    if (settings.baselines().community()) {
      try {
        Baselines.CommunityRun run = Baselines.communityLucene(settings.communityJar().orElseThrow(), dataFolder,
            folder.resolve("baselines").resolve("community-lucene"), k, rounds);
        Map<String, ScaleResult.Latency> ours = new LinkedHashMap<>(retrieval);
        ours.put("hnsw_search", vectors.hnswSearch());
        community = Optional.of(communityLucene(run, truth, k, ours));
        for (Baselines.CommunityModeRun mode : run.modes()) {
          rankings.put("community_" + Baselines.key(mode.results().name()),
              Baselines.articles(mode.results(), articleOfPassage));
        }
      } catch (ChildJvm.BaselineFailure e) {
        communityError = Optional.of(e.getMessage());
      }
    }
    return new BaselineComparison(exact, exactError, community, communityError, rankings);
  }

  private static ScaleResult.ExactStore exactStore(Baselines.ExactStoreRun run, List<int[]> truth, int k,
      ScaleResult.Latency vectorRetrieval, ScaleResult.Vectors vectors, ScaleResult.Embedding embedding) {
    ExactStoreProbe.Figures f = run.figures();
    double speedup = f.p50Ms() / Math.max(vectors.hnswSearch().p50Ms(), 1e-6);
    double withEmbedding = (f.p50Ms() + embedding.queryP50Ms()) / Math.max(vectorRetrieval.p50Ms(), 1e-6);
    return new ScaleResult.ExactStore(f.store(), run.maxHeapMb(), f.loadSeconds(), f.heapMb(), f.rssMb(),
        new ScaleResult.Latency(f.p50Ms(), f.p99Ms()), recall(run.results(), truth, k), ScaleBenchmark.round(speedup),
        ScaleBenchmark.round(withEmbedding),
        "speedup_vs_exact: the exact store's p50 / hnsw_search p50, both given the query vector; _with_embedding:"
            + " (exact store + query embedding) / Newsdesk's whole vector retrieval");
  }

  private static ScaleResult.CommunityLucene communityLucene(Baselines.CommunityRun run, List<int[]> truth, int k,
      Map<String, ScaleResult.Latency> ours) {
    Map<String, ScaleResult.CommunityMode> modes = new LinkedHashMap<>();
    for (Baselines.CommunityModeRun mode : run.modes()) {
      String name = mode.results().name();
      Optional<String> counterpart = Optional.ofNullable(COUNTERPARTS.get(name)).filter(ours::containsKey);
      Optional<Double> ratio = counterpart.map(c ->
          ScaleBenchmark.round(mode.latency().p50Ms() / Math.max(ours.get(c).p50Ms(), 1e-6)));
      modes.put(name, new ScaleResult.CommunityMode(mode.description(), mode.latency(), mode.emptyResults(),
          recall(mode.results(), truth, k), counterpart, ratio));
    }
    var s = run.summary();
    return new ScaleResult.CommunityLucene(s.path("retriever").asText(), s.path("passages").asInt(),
        s.path("index_seconds").asDouble(), s.path("index_bytes").asLong(), s.path("heap_mb").asDouble(), modes, s);
  }

  private static double recall(Baselines.Results results, List<int[]> truth, int k) {
    return Math.round(ExactSearch.recall(Baselines.passageNumbers(results), truth, k) * 10_000) / 10_000.0;
  }
}
