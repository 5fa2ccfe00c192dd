package dev.newsdesk.bench;

import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.VectorSearch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
  private final LuceneIndex index;
  private final Map<String, Integer> firstPassage;

  VectorComparison(Embeddings embeddings, LuceneIndex index, Map<String, Integer> firstPassage) {
    this.embeddings = embeddings;
    this.index = index;
    this.firstPassage = firstPassage;
  }

  /** The graph width the vector search walks with at the retrievers' depth. */
  private static final int WIDTH = VectorSearch.graphWidth(DEPTH);

  /** Graph widths measured: the raw k, the retrievers' depth, what the vector search uses, and beyond. */
  private static final int[] WIDTHS =
      java.util.stream.IntStream.of(10, DEPTH, 2 * DEPTH, WIDTH, 4 * DEPTH).distinct().sorted().toArray();

  /** The figures, and the exact top k of each question as passage numbers (the truth baselines are scored against). */
  record Outcome(ScaleResult.Vectors figures, List<int[]> truth) {}

  /**
   * Measures with the questions of {@code settings} against the exact search over {@code dataFolder}
   * (where the query vectors are also written, for the baselines).
   */
  Outcome run(ScaleBenchmark.Settings settings, Path dataFolder, int k) {
    List<float[]> queries = settings.questions().stream().map(embeddings::embedQuery).toList();
    BenchData.writeQueries(dataFolder, settings.questions(), queries);
    ExactSearch exact = ExactSearch.of(dataFolder);
    List<int[]> truth = new ArrayList<>();
    double[] exactMillis = exact(exact, queries, k, truth);
    double exactP50 = Percentiles.of(exactMillis, 50);
    List<ScaleResult.Width> widths = new ArrayList<>();
    ScaleResult.Latency atWidth = new ScaleResult.Latency(0, 0);
    double recallAtWidth = 0;
    for (int width : WIDTHS) {
      List<int[]> found = new ArrayList<>();
      double[] millis = index.search(searcher -> {
        for (float[] q : queries) {
          found.add(passages(searcher, top(search(searcher, q, width), k)));
        }
        return hnsw(searcher, queries, width, settings.rounds());
      }).orElse(new double[] {0});
      double recall = Math.round(ExactSearch.recall(found, truth, k) * 10_000) / 10_000.0;
      widths.add(new ScaleResult.Width(width, recall, ScaleBenchmark.round(Percentiles.of(millis, 50))));
      if (width == WIDTH) {
        recallAtWidth = recall;
        atWidth = new ScaleResult.Latency(
            ScaleBenchmark.round(Percentiles.of(millis, 50)), ScaleBenchmark.round(Percentiles.of(millis, 99)));
      }
    }
    String basis = "the top 10 of a graph search of width " + WIDTH + " (what the vector search walks"
        + " with for its " + DEPTH + " candidates), against exact brute-force search over the same vectors";
    return new Outcome(new ScaleResult.Vectors(ScaleBenchmark.round(exactP50), WIDTH, recallAtWidth, atWidth, basis,
        ScaleBenchmark.round(exactP50 / Math.max(atWidth.p50Ms(), 1e-6)), widths), truth);
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
      out[i] = firstPassage.get(d.get(IndexFields.ARTICLE_ID)) + d.getField(IndexFields.ORDINAL).numericValue().intValue();
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
