package dev.newsdesk.bench;

import dev.newsdesk.bench.solr.LocalSolrCloud;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.solr.SolrIndex;
import dev.newsdesk.retrieval.solr.SolrInit;
import dev.newsdesk.retrieval.solr.SolrSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The same corpus and questions on Newsdesk's SolrCloud backend: a local cluster in this JVM ({@link
 * LocalSolrCloud}, every request over HTTP on loopback), the collection made by {@code solr init}, the corpus
 * written through {@link SolrIndex#upsert} with its vectors given, then the product's retrievers timed and
 * scored exactly as over the embedded index, and last a query run during which one node is stopped.
 */
public final class SolrCloudRun {

  /** Nodes, shards and replicas of each shard; {@code 2, 2, 2} puts a copy of every shard on each node. */
  public record Layout(int nodes, int shards, int replicas) {
    public Layout {
      if (nodes < 1 || shards < 1 || replicas < 1) {
        throw new IllegalArgumentException("nodes, shards and replicas must each be at least 1");
      }
    }
  }

  /** What the embedded run found, for the same measures here: the exact top k, the dates, its hybrid p50. */
  record Embedded(List<int[]> exactTruth, Map<String, Integer> firstPassage, Clock dayAfterNewest,
      double hybridP50Ms) {}

  private static final String COLLECTION = "bench";

  private SolrCloudRun() {}

  /**
   * Runs the SolrCloud side over {@code passages} passages of the corpus {@code corpus} makes (the same
   * articles the embedded index got) and returns its figures.
   */
  static ScaleResult.SolrCloud run(Layout layout, Supplier<BenchCorpus> corpus, int passages,
      ScaleBenchmark.Settings settings, Embeddings embeddings, Embedded embedded, int k) {
    long begin = System.nanoTime();
    try (LocalSolrCloud cloud = LocalSolrCloud.start(layout.nodes())) {
      SolrSettings solr = SolrSettings.ofZkHosts(cloud.zkHosts(), COLLECTION, layout.shards(), layout.replicas());
      SolrInit.run(cloud.client(), solr, ScaleBenchmark.record(embeddings));
      cloud.awaitActive(COLLECTION, layout.shards(), layout.replicas());
      double startSeconds = ScaleBenchmark.round((System.nanoTime() - begin) / 1e9);
      try (SolrIndex index = SolrIndex.open(solr)) {
        ScaleResult.Ingest ingest = ingest(index, corpus.get(), passages);
        NewsdeskRetrieval retrieval = new NewsdeskRetrieval(index, embeddings, k, embedded.dayAfterNewest());
        Map<String, ScaleResult.Latency> latency = new LinkedHashMap<>();
        for (SearchMode mode : SearchMode.values()) {
          double[] millis = retrieval.latencies(mode, settings.questions(), settings.rounds());
          latency.put(mode.name().toLowerCase(Locale.ROOT), new ScaleResult.Latency(
              ScaleBenchmark.round(Percentiles.of(millis, 50)), ScaleBenchmark.round(Percentiles.of(millis, 99))));
        }
        double recall = ScaleBenchmark.recall(
            retrieval.vectorPassages(settings.questions(), embedded.firstPassage()), embedded.exactTruth(), k);
        Optional<ScaleResult.Quality> quality = ScaleBenchmark.quality(settings, retrieval);
        ScaleResult.NodeLoss loss = nodeLoss(cloud, retrieval.asProduct(SearchMode.HYBRID), settings.questions(), k);
        double hybrid = latency.get("hybrid").p50Ms();
        return new ScaleResult.SolrCloud(layout.nodes(), layout.shards(), layout.replicas(), startSeconds, ingest,
            latency, ScaleBenchmark.round(hybrid / Math.max(embedded.hybridP50Ms(), 1e-6)), recall, quality, loss);
      }
    }
  }

  private static ScaleResult.Ingest ingest(SolrIndex index, BenchCorpus corpus, int passages) {
    long start = System.nanoTime();
    corpus.generate(passages, article -> index.upsert(article.article(), article.passages(), article.vectors()));
    index.commit();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new ScaleResult.Ingest(ScaleBenchmark.round(seconds), ScaleBenchmark.round(passages / seconds));
  }

  /**
   * Asks every question twice with the product's hybrid retriever; when a third of the first round is
   * asked, one node is stopped on another thread while the questions go on. Counts the questions that
   * failed (an exception: the retriever never answers a failure with an empty list) and those with no passage.
   */
  private static ScaleResult.NodeLoss nodeLoss(LocalSolrCloud cloud, Retriever retriever, List<String> questions, int k) {
    int asked = 0;
    int failed = 0;
    int empty = 0;
    List<String> failures = new java.util.ArrayList<>();
    CompletableFuture<String> stopped = null;
    int stopAt = questions.size() / 3;
    for (int round = 0; round < 2; round++) {
      for (int q = 0; q < questions.size(); q++) {
        if (round == 0 && q == stopAt) {
          stopped = CompletableFuture.supplyAsync(cloud::stopOneNode);
        }
        asked++;
        try {
          if (retriever.retrieve(SearchRequest.of(questions.get(q), k)).isEmpty()) {
            empty++;
          }
        } catch (RuntimeException e) {
          failed++;
          if (failures.size() < 3) {
            failures.add(e.getMessage());
          }
        }
      }
    }
    String node = stopped == null ? "none" : stopped.join();
    return new ScaleResult.NodeLoss(asked, stopAt, node, cloud.runningNodes(), failed, empty, failures);
  }
}
