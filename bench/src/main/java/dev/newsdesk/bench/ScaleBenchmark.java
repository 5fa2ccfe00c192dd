package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.TimeExpressions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code newsdesk bench --passages N} (a synthetic corpus grown from real passages) and {@code bench
 * --real} (the real passages as they are): indexed through the real index code, timed with the real
 * retrievers, checked against exact search, and set beside the baselines on the same data.
 */
public final class ScaleBenchmark {


  private static final int K = 10;

  /** Newsdesk's figure each community retriever mode is timed against (its p50 over ours). */
  private static final Map<String, String> COUNTERPARTS = Map.of(
      "fulltext", "bm25_p50_ms", "hybrid", "hybrid_p50_ms", "vector", "vector_p50_ms",
      "vector_precomputed", "hnsw_search_p50_ms");

  private final Embeddings embeddings;

  /** A benchmark whose queries (and recorded vectors) use this model. */
  public ScaleBenchmark(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  /**
   * What to run: corpus size (ignored for the real corpus), where the real passages come from, the
   * questions with their gold articles (empty sets where unknown) and the instants they were asked
   * (both lists empty, or one entry per question), seed, noise, timed rounds, whether the corpus is the
   * real one, whether to merge the index into one segment before timing ({@code newsdesk optimize}),
   * and which baselines to run (with the community retriever's jar).
   */
  public record Settings(int passages, Path sourceIndex, List<String> questions, List<Set<String>> gold,
      List<Optional<Instant>> asked, long seed, double sigma, int rounds, boolean real, boolean merge,
      Baselines.Choice baselines, Optional<Path> communityJar) {
    public Settings {
      questions = List.copyOf(questions);
      gold = List.copyOf(gold);
      asked = List.copyOf(asked);
      if (!asked.isEmpty() && asked.size() != questions.size()) {
        throw new IllegalArgumentException("question dates must be given for every question or for none");
      }
      if ((passages < 1 && !real) || questions.isEmpty() || rounds < 1) {
        throw new IllegalArgumentException("a scale benchmark needs passages, questions and rounds of at least one");
      }
      if (!gold.isEmpty() && gold.size() != questions.size()) {
        throw new IllegalArgumentException("gold articles must be given for every question or for none");
      }
    }

    /** A synthetic run without gold and without baselines. */
    public Settings(int passages, Path sourceIndex, List<String> questions, long seed, double sigma, int rounds) {
      this(passages, sourceIndex, questions, List.of(), List.of(), seed, sigma, rounds, false, true,
          Baselines.Choice.NONE,
          Optional.empty());
    }
  }

  /**
   * Runs the benchmark in {@code folder}: an empty folder, or one an earlier run with the same settings
   * kept, whose index and data are then reused (no ingest figures). Returns the measurements.
   */
  public ObjectNode run(Settings settings, Path folder) {
    ObjectNode r = new ObjectMapper().createObjectNode();
    r.put("corpus", settings.real() ? "real" : "synthetic");
    Path indexFolder = folder.resolve("index");
    Path dataFolder = folder.resolve("data");
    BenchIngest.Result ingest;
    int passages;
    if (KeptRun.matches(folder, settings)) {
      r.put("reused_index", true);
      ingest = BenchIngest.reread(dataFolder);
      passages = BenchData.count(dataFolder);
    } else {
      KeptRun.clear(folder);
      SourceCorpus source = SourceCorpus.read(settings.sourceIndex());
      checkDimension(source, embeddings);
      r.put("source_passages", source.size());
      passages = settings.real() ? source.size() : settings.passages();
      BenchCorpus corpus = settings.real()
          ? new RealCorpus(source) : new SyntheticCorpus(source, settings.seed(), settings.sigma());
      ingest = BenchIngest.run(corpus, passages, indexFolder, dataFolder, embeddings, r);
      KeptRun.mark(folder, settings, passages);
    }
    r.put("passages", passages);
    if (settings.merge()) {
      merge(indexFolder, r);
    }
    if (!settings.real()) {
      r.put("sigma", settings.sigma());
      r.put("seed", settings.seed());
    }
    String[] articleOfPassage = ingest.articleOfPassage(passages);
    Map<SearchMode, List<List<String>>> newsdesk = new EnumMap<>(SearchMode.class);
    List<int[]> truth;
    Optional<List<List<String>>> asAsked = Optional.empty();
    try (NewsIndex index = NewsIndex.openForReading(indexFolder)) {
      r.put("articles", ingest.firstPassage().size());
      r.put("index_bytes", index.sizeOnDisk());
      r.put("segments", index.search(s -> s.getIndexReader().leaves().size()).orElse(0));
      r.put("embedding_model", embeddings.name());
      r.put("embed_passages_per_second", round(EmbeddingCeiling.measure(embeddings, index)));
      r.put("query_embedding_p50_ms", round(Percentiles.of(queryEmbedding(settings.questions()), 50)));
      r.put("queries", settings.questions().size());
      for (SearchMode mode : SearchMode.values()) {
        double[] millis = latencies(retriever(index, mode), settings.questions(), settings.rounds());
        String key = mode.name().toLowerCase(Locale.ROOT);
        r.put(key + "_p50_ms", round(Percentiles.of(millis, 50)));
        r.put(key + "_p99_ms", round(Percentiles.of(millis, 99)));
      }
      r.put("heap_mb", round(ProcessMemory.heapMegabytes()));
      r.put("rss_mb", round(ProcessMemory.residentMegabytes()));
      if (!settings.gold().isEmpty()) {
        for (SearchMode mode : SearchMode.values()) {
          newsdesk.put(mode, sameFooting(index, mode, settings.questions()));
        }
        if (!settings.asked().isEmpty()) {
          asAsked = Optional.of(asAsked(retriever(index, SearchMode.HYBRID), settings));
        }
      }
      truth = new VectorComparison(embeddings, index, ingest.firstPassage()).run(settings, dataFolder, K, r);
    }
    if (!settings.gold().isEmpty()) {
      r.put("quality_basis", "Hits@k: a gold article among the articles of the top k passages, over the questions"
          + " with gold; newsdesk_* and the baselines: no dates, no recency prior, no time expressions (the"
          + " baselines know no dates);"
          + " newsdesk_hybrid_as_asked: as of the end of the day each question was asked, recency prior on"
          + " (the product's default, what `newsdesk eval` measures)");
      ObjectNode quality = r.putObject("quality");
      newsdesk.forEach((mode, found) ->
          Baselines.quality(found, settings.gold(), quality.putObject("newsdesk_" + mode.name().toLowerCase(Locale.ROOT))));
      asAsked.ifPresent(found -> Baselines.quality(found, settings.gold(), quality.putObject("newsdesk_hybrid_as_asked")));
    }
    compareBaselines(settings, folder, dataFolder, truth, articleOfPassage, r);
    return r;
  }

  /** Merges the index into one segment as {@code newsdesk optimize} does (nothing to do if a kept run was merged). */
  private void merge(Path indexFolder, ObjectNode r) {
    try (NewsIndex index = NewsIndex.openForWriting(indexFolder, record(embeddings))) {
      int before = index.segmentCount();
      r.put("segments_before_merge", before);
      if (before > 1) {
        long start = System.nanoTime();
        index.optimize();
        r.put("merge_seconds", round((System.nanoTime() - start) / 1e9));
      }
    }
  }

  private void compareBaselines(Settings settings, Path folder, Path dataFolder, List<int[]> truth,
      String[] articleOfPassage, ObjectNode r) {
    int rounds = settings.real() ? settings.rounds() : 1;
    if (settings.baselines().exact()) {
      Baselines.exactStore(dataFolder, K, rounds, r).ifPresent(exact -> {
        r.put("exact_store_recall_at_10", recall(exact, truth));
        double store = r.path("exact_store_p50_ms").asDouble();
        r.put("speedup_vs_exact", round(store / Math.max(r.path("hnsw_search_p50_ms").asDouble(), 1e-6)));
        r.put("speedup_vs_exact_with_embedding", round(
            (store + r.path("query_embedding_p50_ms").asDouble()) / Math.max(r.path("vector_p50_ms").asDouble(), 1e-6)));
        r.put("speedup_basis", "speedup_vs_exact: exact_store_p50_ms / hnsw_search_p50_ms, both given the query"
            + " vector; _with_embedding: (exact store + query embedding) / Newsdesk's whole vector retrieval");
        if (r.has("quality")) {
          Baselines.quality(Baselines.articles(exact, articleOfPassage), settings.gold(),
              ((ObjectNode) r.get("quality")).putObject("exact_store"));
        }
      });
    }
    if (settings.baselines().community()) {
      if (settings.communityJar().isEmpty()) {
        r.put("community_lucene_error", "the baselines jar was not found; build it with `mvn -DskipTests package`"
            + " or pass --baselines-jar FILE");
        return;
      }
      List<Baselines.Results> modes = Baselines.communityLucene(settings.communityJar().get(), dataFolder,
          folder.resolve("baselines").resolve("community-lucene"), K, rounds, r);
      for (Baselines.Results mode : modes) {
        ObjectNode figures = (ObjectNode) r.path("community_lucene").path("modes").path(mode.name());
        figures.put("recall_at_10_vs_exact", recall(mode, truth));
        Optional.ofNullable(COUNTERPARTS.get(mode.name())).filter(r::has).ifPresent(ours -> {
          figures.put("newsdesk_counterpart", ours);
          figures.put("p50_vs_newsdesk", round(figures.path("p50_ms").asDouble() / Math.max(r.path(ours).asDouble(), 1e-6)));
        });
        if (r.has("quality")) {
          Baselines.quality(Baselines.articles(mode, articleOfPassage), settings.gold(),
              ((ObjectNode) r.get("quality")).putObject("community_" + Baselines.key(mode.name())));
        }
      }
    }
  }

  private static double recall(Baselines.Results results, List<int[]> truth) {
    return Math.round(ExactSearch.recall(Baselines.passageNumbers(results), truth, K) * 10_000) / 10_000.0;
  }

  private Retriever retriever(NewsIndex index, SearchMode mode) {
    return Retrievers.create(index, Optional.of(embeddings), mode, RankingSettings.DEFAULT, dayAfterNewest(index));
  }

  /** The day after the newest article, so the whole corpus is past news and recency counts from its end. */
  private static Clock dayAfterNewest(NewsIndex index) {
    long newest = index.search(searcher -> NewsIndex.newestPublished(searcher.getIndexReader()).orElse(0L)).orElse(0L);
    return Clock.fixed(Instant.ofEpochMilli(newest).plus(Duration.ofDays(1)), ZoneOffset.UTC);
  }

  private double[] queryEmbedding(List<String> questions) {
    questions.stream().limit(5).forEach(embeddings::embedQuery);
    double[] millis = new double[questions.size()];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      embeddings.embedQuery(questions.get(i));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(millis);
    return millis;
  }

  /**
   * Retrieval on the baselines' footing, which know nothing of dates: no as-of, no recency prior and
   * no reading of "this week" (without the question's date, both would mean the corpus's last weeks).
   */
  private List<List<String>> sameFooting(NewsIndex index, SearchMode mode, List<String> questions) {
    RankingSettings timeless = RankingSettings.DEFAULT.withRecency(0, RankingSettings.DEFAULT.recencyHalfLifeDays());
    Retriever retriever = Retrievers.create(index, Optional.of(embeddings), mode, timeless, TimeExpressions.NONE,
        dayAfterNewest(index));
    List<List<String>> found = new ArrayList<>();
    for (String question : questions) {
      found.add(retriever.retrieve(SearchRequest.of(question, K)).stream().map(RetrievedPassage::articleId).toList());
    }
    return found;
  }

  /**
   * Hybrid retrieval as the product runs it for a question asked on its date: news published later is
   * hidden and recency counts from that day (what {@code newsdesk eval} measures). The baselines have
   * no notion of time, so this is reported beside, not instead of, the same-footing figures.
   */
  private static List<List<String>> asAsked(Retriever retriever, Settings settings) {
    List<List<String>> found = new ArrayList<>();
    for (int q = 0; q < settings.questions().size(); q++) {
      SearchRequest request = SearchRequest.of(settings.questions().get(q), K).withAsOf(settings.asked().get(q));
      found.add(retriever.retrieve(request).stream().map(RetrievedPassage::articleId).toList());
    }
    return found;
  }

  private static double[] latencies(Retriever retriever, List<String> questions, int rounds) {
    questions.forEach(q -> retriever.retrieve(SearchRequest.of(q, K)));
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String question : questions) {
        long start = System.nanoTime();
        retriever.retrieve(SearchRequest.of(question, K));
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** The record the synthetic index is written with, so the retrievers accept the model's queries. */
  static EmbeddingRecord record(Embeddings embeddings) {
    return new EmbeddingRecord(embeddings.name(), embeddings.dimension());
  }

  static void checkDimension(SourceCorpus source, Embeddings embeddings) {
    if (source.dimension() != embeddings.dimension()) {
      throw new RetrievalException("the source index has " + source.dimension() + "-dimensional vectors but "
          + embeddings.name() + " makes " + embeddings.dimension());
    }
  }
}
