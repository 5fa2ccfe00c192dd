package dev.newsdesk.bot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RankingSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * Lucene's HNSW search (the raw query: no filters, no fusion) against exact brute-force search over
 * the same vectors in memory: recall@k (also of the top k out of the retrievers' candidate depth) and
 * search-only latency, query embedding excluded from both.
 */
final class VectorComparison {

  /** The candidate depth the vector source of the retrievers asks the graph for (then the best ten count). */
  private static final int DEPTH = RankingSettings.DEFAULT.depth();

  private final Embeddings embeddings;
  private final NewsIndex index;
  private final int[] articleFirstPassage;

  VectorComparison(Embeddings embeddings, NewsIndex index, int[] articleFirstPassage) {
    this.embeddings = embeddings;
    this.index = index;
    this.articleFirstPassage = articleFirstPassage.clone();
  }

  /** Measures with the questions of {@code settings}, regenerating the vectors from {@code corpus}; puts the figures into {@code r}. */
  void run(ScaleBenchmark.Settings settings, SyntheticCorpus corpus, int k, ObjectNode r) {
    List<float[]> queries = settings.questions().stream().map(embeddings::embedQuery).toList();
    List<int[]> approximate = new ArrayList<>();
    List<int[]> deep = new ArrayList<>();
    double[] hnsw = index.search(searcher -> {
      for (float[] q : queries) {
        approximate.add(passages(searcher, search(searcher, q, k)));
        deep.add(passages(searcher, top(search(searcher, q, DEPTH), k)));
      }
      return hnsw(searcher, queries, k, settings.rounds());
    }).orElse(new double[] {0});
    ExactSearch exact = ExactSearch.of(corpus, settings.passages(), embeddings.dimension(), index.path());
    List<int[]> truth = new ArrayList<>();
    double[] exactMillis = exact(exact, queries, k, truth);
    double hnswP50 = Percentiles.of(hnsw, 50);
    double exactP50 = Percentiles.of(exactMillis, 50);
    r.put("hnsw_search_p50_ms", ScaleBenchmark.round(hnswP50));
    r.put("hnsw_search_p99_ms", ScaleBenchmark.round(Percentiles.of(hnsw, 99)));
    r.put("recall_at_10", Math.round(ExactSearch.recall(approximate, truth, k) * 10_000) / 10_000.0);
    r.put("recall_at_10_depth_" + DEPTH, Math.round(ExactSearch.recall(deep, truth, k) * 10_000) / 10_000.0);
    r.put("exact_store", "brute-force dot product over all N vectors in one flat "
        + (exact.mapped() ? "memory-mapped file (too large for the heap)" : "on-heap float array"));
    r.put("exact_store_p50_ms", ScaleBenchmark.round(exactP50));
    r.put("speedup_vs_exact", ScaleBenchmark.round(exactP50 / Math.max(hnswP50, 1e-6)));
    r.put("speedup_basis", "search only, query embedding excluded: exact_store_p50_ms / hnsw_search_p50_ms");
  }

  private static double[] hnsw(IndexSearcher searcher, List<float[]> queries, int k, int rounds) throws IOException {
    double[] millis = new double[queries.size() * rounds];
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (float[] q : queries) {
        long start = System.nanoTime();
        search(searcher, q, k);
        millis[n++] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    return millis;
  }

  private static ScoreDoc[] search(IndexSearcher searcher, float[] query, int k) throws IOException {
    return searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, query, k), k).scoreDocs;
  }

  private static ScoreDoc[] top(ScoreDoc[] hits, int k) {
    return Arrays.copyOf(hits, Math.min(k, hits.length));
  }

  private int[] passages(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    int[] out = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      Document d = searcher.storedFields().document(hits[i].doc);
      int article = Integer.parseInt(d.get(IndexFields.ARTICLE_ID).substring("bench-".length()));
      out[i] = articleFirstPassage[article] + d.getField(IndexFields.ORDINAL).numericValue().intValue();
    }
    return out;
  }

  private static double[] exact(ExactSearch exact, List<float[]> queries, int k, List<int[]> found) {
    queries.stream().limit(5).forEach(q -> exact.top(q, k));
    double[] millis = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      found.add(exact.top(queries.get(i), k));
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }
}
