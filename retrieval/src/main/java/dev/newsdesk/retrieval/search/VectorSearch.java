package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.embed.Embeddings;
import java.io.IOException;
import java.util.List;

/**
 * Semantic search: the question's embedding against the passages' vectors in the engine's HNSW
 * graph, with the request's filters applied inside the graph search (so filtering never empties the top).
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
  public List<Object> candidates(SearchView view, SearchRequest request, int depth) throws IOException {
    return view.nearest(embeddings.embedQuery(request.query()), request, depth);
  }

  /** The number of neighbours the graph search keeps for a request of {@code depth} candidates. */
  public static int graphWidth(int depth) {
    return depth * GRAPH_WIDTH_FACTOR;
  }
}
