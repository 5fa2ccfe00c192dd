package dev.newsdesk.bot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code newsdesk bench --passages N}: a synthetic corpus grown from real passages, indexed through
 * the real index code, then timed with the real retrievers and checked against exact search.
 */
public final class ScaleBenchmark {

  /** After every synthetic date, so recency ranking sees the whole corpus as past news. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneOffset.UTC);

  private static final int K = 10;

  private final Embeddings embeddings;

  /** A benchmark whose queries (and recorded vectors) use this model. */
  public ScaleBenchmark(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  /** What to run: corpus size, where the real passages come from, the questions, seed, noise and timed rounds. */
  public record Settings(int passages, Path sourceIndex, List<String> questions, long seed, double sigma, int rounds) {
    public Settings {
      questions = List.copyOf(questions);
      if (passages < 1 || questions.isEmpty() || rounds < 1) {
        throw new IllegalArgumentException("a scale benchmark needs passages, questions and rounds of at least one");
      }
    }
  }

  /** Runs the benchmark in {@code folder} (a fresh, empty folder) and returns the measurements. */
  public ObjectNode run(Settings settings, Path folder) {
    ObjectNode r = new ObjectMapper().createObjectNode();
    r.put("passages", settings.passages());
    SyntheticIngest.Result ingest = SyntheticIngest.run(settings, folder, embeddings, r);
    try (NewsIndex index = NewsIndex.openForReading(folder)) {
      r.put("articles", ingest.articleFirstPassage().length);
      r.put("index_bytes", index.sizeOnDisk());
      r.put("segments", index.search(s -> s.getIndexReader().leaves().size()).orElse(0));
      r.put("force_merged", false);
      r.put("embedding_model", embeddings.name());
      r.put("embed_passages_per_second", round(EmbeddingCeiling.measure(embeddings, index)));
      r.put("queries", settings.questions().size());
      for (SearchMode mode : SearchMode.values()) {
        double[] millis = latencies(retriever(index, mode), settings.questions(), settings.rounds());
        String key = mode.name().toLowerCase(java.util.Locale.ROOT);
        r.put(key + "_p50_ms", round(Percentiles.of(millis, 50)));
        r.put(key + "_p99_ms", round(Percentiles.of(millis, 99)));
      }
      r.put("heap_mb", round(ProcessMemory.heapMegabytes()));
      r.put("rss_mb", round(ProcessMemory.residentMegabytes()));
      new VectorComparison(embeddings, index, ingest.articleFirstPassage())
          .run(settings, SyntheticIngest.generator(settings), K, r);
    }
    return r;
  }

  private Retriever retriever(NewsIndex index, SearchMode mode) {
    return Retrievers.create(index, Optional.of(embeddings), mode, RankingSettings.DEFAULT, CLOCK);
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
