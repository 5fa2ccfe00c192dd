package dev.newsdesk.bench;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.search.SearchMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

  private static final String QUALITY_BASIS = "Hits@k: a gold article among the articles of the top k passages,"
      + " over the questions with gold; newsdesk_* and the baselines: no dates, no recency prior, no time"
      + " expressions (the baselines know no dates); newsdesk_hybrid_as_asked: as of the end of the day each"
      + " question was asked, recency prior on (the product's default, what `newsdesk eval` measures)";

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
   * and which baselines to run (with the community retriever's jar, required when it is among them).
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
      if (baselines.community() && communityJar.isEmpty()) {
        throw new IllegalArgumentException("the community baseline needs the baselines module's jar");
      }
    }

    /** A synthetic run without gold and without baselines. */
    public Settings(int passages, Path sourceIndex, List<String> questions, long seed, double sigma, int rounds) {
      this(passages, sourceIndex, questions, List.of(), List.of(), seed, sigma, rounds, false, true,
          Baselines.Choice.NONE, Optional.empty());
    }
  }

  /**
   * Runs the benchmark in {@code folder}: an empty folder, or one an earlier run with the same settings
   * kept, whose index and data are then reused (no ingest figures). Returns what it measured.
   */
  public ScaleResult run(Settings settings, Path folder) {
    return run(settings, folder, Optional.empty());
  }

  /**
   * As {@link #run(Settings, Path)}, and then the same corpus and questions on the SolrCloud backend in a local
   * cluster of {@code solrCloud}'s layout, when given.
   */
  public ScaleResult run(Settings settings, Path folder, Optional<SolrCloudRun.Layout> solrCloud) {
    Path indexFolder = folder.resolve("index");
    Path dataFolder = folder.resolve("data");
    Corpus corpus = corpus(settings, folder, indexFolder, dataFolder);
    Optional<ScaleResult.Merge> merge = settings.merge() ? Optional.of(merge(indexFolder)) : Optional.empty();
    Measured ours;
    Clock dayAfterNewest;
    Optional<Double> retrieverRecall = Optional.empty();
    try (LuceneIndex index = LuceneIndex.openForReading(indexFolder)) {
      dayAfterNewest = NewsdeskRetrieval.dayAfterNewest(index);
      ours = measure(index, settings, corpus.ingest(), dataFolder, dayAfterNewest);
      if (solrCloud.isPresent()) {
        retrieverRecall = Optional.of(recall(new NewsdeskRetrieval(index, embeddings, K, dayAfterNewest)
            .vectorPassages(settings.questions(), corpus.ingest().firstPassage()), ours.vectors().truth(), K));
      }
    }
    Optional<ScaleResult.SolrCloud> solr = solrCloud.map(layout -> SolrCloudRun.run(layout,
        () -> corpusOf(settings, SourceCorpus.read(settings.sourceIndex())), corpus.passages(), settings, embeddings,
        new SolrCloudRun.Embedded(ours.vectors().truth(), corpus.ingest().firstPassage(), dayAfterNewest,
            ours.retrieval().get("hybrid").p50Ms()), K));
    String[] articleOfPassage = corpus.ingest().articleOfPassage(corpus.passages());
    BaselineComparison baselines = BaselineComparison.run(settings, folder, dataFolder, K, ours.vectors().truth(),
        articleOfPassage, ours.retrieval(), ours.vectors().figures(), ours.embedding());
    ScaleResult.Corpus described = new ScaleResult.Corpus(settings.real() ? "real" : "synthetic", corpus.passages(),
        corpus.ingest().firstPassage().size(), corpus.ingest().figures().isEmpty(), corpus.sourcePassages(),
        settings.real() ? Optional.empty() : Optional.of(settings.seed()),
        settings.real() ? Optional.empty() : Optional.of(settings.sigma()));
    return new ScaleResult(described, corpus.ingest().figures(), merge, ours.index(), ours.embedding(),
        ours.retrieval(), ours.memory(), ours.vectors().figures(), quality(settings, ours, baselines),
        baselines.exactStore(), baselines.exactStoreError(), baselines.communityLucene(),
        baselines.communityLuceneError(), retrieverRecall, solr);
  }

  /** The corpus in the index and data folders: where its articles start, its passages, the source's size if read. */
  private record Corpus(BenchIngest.Result ingest, int passages, Optional<Integer> sourcePassages) {}

  /** Newsdesk's own figures over the index, and the articles each of its retrievers found (by quality name). */
  private record Measured(ScaleResult.Index index, ScaleResult.Embedding embedding,
      Map<String, ScaleResult.Latency> retrieval, ScaleResult.Memory memory, Map<String, List<List<String>>> rankings,
      VectorComparison.Outcome vectors) {}

  /** Reuses the kept corpus of an earlier run with the same settings, or writes it afresh. */
  private Corpus corpus(Settings settings, Path folder, Path indexFolder, Path dataFolder) {
    if (KeptRun.matches(folder, settings)) {
      return new Corpus(BenchIngest.reread(dataFolder), BenchData.count(dataFolder), Optional.empty());
    }
    KeptRun.clear(folder);
    SourceCorpus source = SourceCorpus.read(settings.sourceIndex());
    checkDimension(source, embeddings);
    int passages = settings.real() ? source.size() : settings.passages();
    BenchCorpus corpus = corpusOf(settings, source);
    BenchIngest.Result ingest = BenchIngest.run(corpus, passages, indexFolder, dataFolder, embeddings);
    KeptRun.mark(folder, settings, passages);
    return new Corpus(ingest, passages, Optional.of(source.size()));
  }

  /** The corpus of {@code settings} grown from {@code source}: the same articles every time. */
  private static BenchCorpus corpusOf(Settings settings, SourceCorpus source) {
    return settings.real() ? new RealCorpus(source) : new SyntheticCorpus(source, settings.seed(), settings.sigma());
  }

  private Measured measure(LuceneIndex index, Settings settings, BenchIngest.Result ingest, Path dataFolder,
      Clock dayAfterNewest) {
    ScaleResult.Index onDisk = new ScaleResult.Index(index.sizeOnDisk(),
        index.search(s -> s.getIndexReader().leaves().size()).orElse(0));
    ScaleResult.Embedding embedding = new ScaleResult.Embedding(embeddings.name(),
        round(EmbeddingCeiling.measure(embeddings, index)),
        round(Percentiles.of(queryEmbedding(settings.questions()), 50)), settings.questions().size());
    NewsdeskRetrieval retrieval = new NewsdeskRetrieval(index, embeddings, K, dayAfterNewest);
    Map<String, ScaleResult.Latency> latency = new LinkedHashMap<>();
    for (SearchMode mode : SearchMode.values()) {
      double[] millis = retrieval.latencies(mode, settings.questions(), settings.rounds());
      latency.put(name(mode), new ScaleResult.Latency(round(Percentiles.of(millis, 50)), round(Percentiles.of(millis, 99))));
    }
    ScaleResult.Memory memory = new ScaleResult.Memory(
        round(ProcessMemory.heapMegabytes()), round(ProcessMemory.residentMegabytes()));
    Map<String, List<List<String>>> rankings = rankings(settings, retrieval);
    VectorComparison.Outcome vectors =
        new VectorComparison(embeddings, index, ingest.firstPassage()).run(settings, dataFolder, K);
    return new Measured(onDisk, embedding, latency, memory, rankings, vectors);
  }

  /** The articles each of Newsdesk's retrievers found per question, by quality name; empty without gold. */
  private static Map<String, List<List<String>>> rankings(Settings settings, NewsdeskRetrieval retrieval) {
    Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
    if (!settings.gold().isEmpty()) {
      for (SearchMode mode : SearchMode.values()) {
        rankings.put("newsdesk_" + name(mode), retrieval.sameFooting(mode, settings.questions()));
      }
      if (!settings.asked().isEmpty()) {
        rankings.put("newsdesk_hybrid_as_asked", retrieval.asAsked(settings.questions(), settings.asked()));
      }
    }
    return rankings;
  }

  /** Hits@k of Newsdesk's retrievers over {@code retrieval} (any backend); empty when the questions have no gold. */
  static Optional<ScaleResult.Quality> quality(Settings settings, NewsdeskRetrieval retrieval) {
    if (settings.gold().isEmpty()) {
      return Optional.empty();
    }
    Map<String, ScaleResult.Hits> hits = new LinkedHashMap<>();
    rankings(settings, retrieval).forEach((name, found) -> hits.put(name, Baselines.quality(found, settings.gold())));
    return Optional.of(new ScaleResult.Quality(QUALITY_BASIS, hits));
  }

  /** Recall@k of {@code found} against {@code truth}, rounded to four places. */
  static double recall(List<int[]> found, List<int[]> truth, int k) {
    return Math.round(ExactSearch.recall(found, truth, k) * 10_000) / 10_000.0;
  }

  /** Hits@k of Newsdesk and of the baselines against the gold articles; empty when the questions have none. */
  private static Optional<ScaleResult.Quality> quality(Settings settings, Measured ours, BaselineComparison baselines) {
    if (settings.gold().isEmpty()) {
      return Optional.empty();
    }
    Map<String, ScaleResult.Hits> hits = new LinkedHashMap<>();
    ours.rankings().forEach((name, found) -> hits.put(name, Baselines.quality(found, settings.gold())));
    baselines.rankings().forEach((name, found) -> hits.put(name, Baselines.quality(found, settings.gold())));
    return Optional.of(new ScaleResult.Quality(QUALITY_BASIS, hits));
  }

  /** Merges the index into one segment as {@code newsdesk optimize} does (nothing to do if a kept run was merged). */
  private ScaleResult.Merge merge(Path indexFolder) {
    try (LuceneIndex index = LuceneIndex.openForWriting(indexFolder, record(embeddings))) {
      int before = index.segmentCount();
      if (before <= 1) {
        return new ScaleResult.Merge(before, Optional.empty());
      }
      long start = System.nanoTime();
      index.optimize();
      return new ScaleResult.Merge(before, Optional.of(round((System.nanoTime() - start) / 1e9)));
    }
  }

  private double[] queryEmbedding(List<String> questions) {
    questions.stream().limit(5).forEach(embeddings::embedQuery);
    double[] millis = new double[questions.size()];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      embeddings.embedQuery(questions.get(i));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  private static String name(SearchMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
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
