package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.IndexFields;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Semantic search: the question's embedding against the passages' vectors in Lucene's HNSW graph,
 * with the request's filters applied inside the graph search (so filtering never empties the top).
 */
public final class VectorSearch implements CandidateSource {

  /**
   * How many times the requested depth the HNSW graph search keeps as it walks (Lucene's k acts as
   * the search's beam): the best {@code depth} of a wider walk are closer to the exact neighbours. At
   * one million passages the top 10 of a walk of 100 match exact search 91% of the time, of 300 about
   * 96% (measured by {@code newsdesk bench --passages 1000000}); on small archives the cost is nil.
   */
  public static final int GRAPH_WIDTH_FACTOR = 3;

  private final Embeddings embeddings;

  /** A search over an index whose vectors came from this model (see {@link Retrievers}). */
  public VectorSearch(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  @Override
  public String name() {
    return "vector";
  }

  @Override
  public ScoreDoc[] candidates(IndexSearcher searcher, SearchRequest request, int depth)
      throws IOException {
    float[] vector = embeddings.embedQuery(request.query());
    Query filter = SearchFilters.filter(request, searcher).orElse(null);
    return searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, graphWidth(depth), filter), depth)
        .scoreDocs;
  }

  /** The number of neighbours the graph search keeps for a request of {@code depth} candidates. */
  public static int graphWidth(int depth) {
    return depth * GRAPH_WIDTH_FACTOR;
  }
}
