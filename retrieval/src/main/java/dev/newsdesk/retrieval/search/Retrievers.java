package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the retriever for an index and a mode, falling back to BM25 for an index built without
 * vectors and refusing an index whose vectors came from another model.
 */
public final class Retrievers {

  private static final Logger log = LoggerFactory.getLogger(Retrievers.class);

  private Retrievers() {}

  /**
   * The retriever of {@code mode} over the index, as of {@code clock}'s instant when a request
   * names none; throws {@link RetrievalException} when the index's vectors came from another model
   * or vector search is asked of an index without vectors.
   */
  public static HybridRetriever create(
      NewsIndex index,
      Optional<Embeddings> embeddings,
      SearchMode mode,
      RankingSettings settings,
      Clock clock) {
    EmbeddingRecord recorded = index.embedding();
    boolean vectors = recorded.hasVectors() && embeddings.isPresent();
    if (recorded.hasVectors() && embeddings.isPresent()) {
      EmbeddingRecord wanted = new EmbeddingRecord(embeddings.get().name(), embeddings.get().dimension());
      if (!recorded.equals(wanted)) {
        throw new RetrievalException(EmbeddingRecord.mismatch(index.location(), recorded, wanted));
      }
    }
    if (mode == SearchMode.VECTOR && !vectors) {
      throw new RetrievalException("vector search needs an index built with an embedding model; the index at "
          + index.location() + " has " + (recorded.hasVectors() ? "vectors but no model is configured" : "none"));
    }
    if (mode == SearchMode.HYBRID && !vectors) {
      log.info("the index at {} has no vectors (or no model is configured): searching with BM25 only", index.location());
    }
    List<CandidateSource> sources = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    if (mode != SearchMode.VECTOR) {
      sources.add(new Bm25Search());
      weights.add(settings.bm25Weight());
    }
    if (mode != SearchMode.BM25 && vectors) {
      sources.add(new VectorSearch(embeddings.get()));
      weights.add(settings.vectorWeight());
    }
    return new HybridRetriever(index, sources, weights, settings, clock);
  }

  /** BM25 alone, with the default ranking: for indexes without vectors and for tests. */
  public static HybridRetriever bm25(NewsIndex index) {
    return create(index, Optional.empty(), SearchMode.BM25, RankingSettings.DEFAULT, Clock.systemUTC());
  }
}
