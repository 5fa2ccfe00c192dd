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
    return searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, depth, filter), depth).scoreDocs;
  }
}
