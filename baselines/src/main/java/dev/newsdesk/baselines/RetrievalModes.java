package dev.newsdesk.baselines;

import dev.langchain4j.community.rag.content.retriever.lucene.LuceneContentRetriever;
import dev.langchain4j.community.rag.content.retriever.lucene.LuceneDocumentFields;
import dev.langchain4j.community.rag.content.retriever.lucene.LuceneEmbeddingStore;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.store.Directory;

/**
 * Every way the library (1.5.0-beta11) can retrieve from its index, read off its source:
 *
 * <ul>
 *   <li>{@code LuceneContentRetriever} without an embedding model: full text only;
 *   <li>{@code LuceneContentRetriever} with an embedding model: one BooleanQuery whose two SHOULD
 *       clauses (the full-text query and a KnnFloatVectorQuery) have their scores summed;
 *   <li>{@code LuceneEmbeddingStore.search}: the vector clause alone (it builds a retriever around a
 *       fixed query embedding and calls {@code retrieve(null)}), the only vector-only path.
 * </ul>
 *
 * The builder's other knobs are left at their defaults: minScore 0 (no cut), maxTokens unlimited,
 * onlyMatches (matchUntilMaxResults would pad with arbitrary documents via a MatchAllDocsQuery, not a
 * retrieval mode). The KNN query's k is maxResults: there is no separate candidate depth.
 */
final class RetrievalModes {

  /**
   * A named way to search: {@code search} is the timed call, {@code idOf} maps one of its results to
   * a passage id afterwards.
   */
  record Mode(String name, String description, Function<QueryItem, List<?>> search, Function<Object, String> idOf) {

    List<String> ids(List<?> results) {
      List<String> ids = new ArrayList<>(results.size());
      for (Object result : results) {
        String id = idOf.apply(result);
        if (id == null) {
          throw new IllegalStateException("mode " + name + ": a result carries no passage id: " + result);
        }
        ids.add(id);
      }
      return ids;
    }
  }

  static final String ID_FIELD = LuceneDocumentFields.ID_FIELD_NAME.fieldName();

  private static final String FULLTEXT =
      "LuceneContentRetriever without an embedding model: the question goes through Lucene's classic"
          + " QueryParser (StandardAnalyzer without stop words, default operator OR) on the 'content'"
          + " field and is scored by BM25. Query syntax stays live: a trailing '?' turns the last word"
          + " into a one-character wildcard, AND/OR/NOT, quotes, ':', '-', '+' and brackets change the"
          + " query, and a parse error drops the text clause so nothing is returned. A new"
          + " DirectoryReader and IndexSearcher are opened for every query. maxResults=k, minScore=0.";

  private static final String HYBRID =
      "LuceneContentRetriever with the bge-small-en-v1.5-q embedding model: the question is embedded"
          + " in-process%s and one BooleanQuery of two SHOULD clauses runs: the same full-text query as"
          + " 'fulltext' plus a KnnFloatVectorQuery(k = maxResults) on the 'embedding' field (HNSW,"
          + " EUCLIDEAN similarity, score 1/(1+d^2) in (0,1]). A document's score is the plain sum of"
          + " its BM25 score and its vector score (no normalisation, no rank fusion), so BM25 (unbounded)"
          + " dominates and the vector clause mostly adds its k nearest passages as extra candidates."
          + " New reader per query. maxResults=k, minScore=0.";

  private static final String VECTOR =
      "LuceneEmbeddingStore.search(EmbeddingSearchRequest{maxResults=k, minScore=0}) after embedding"
          + " the question with bge-small-en-v1.5-q%s (both timed): the store builds a"
          + " LuceneContentRetriever around that fixed embedding and calls retrieve(null), so only the"
          + " KnnFloatVectorQuery(k = maxResults) runs: approximate HNSW, EUCLIDEAN (rank-equivalent to"
          + " cosine on unit vectors). The library's only vector-only path; its filter is ignored.";

  private static final String VECTOR_PRECOMPUTED =
      "As 'vector', but with the question's vector from queries.jsonl: the store search alone, no"
          + " embedding cost.";

  private RetrievalModes() {}

  static List<Mode> all(Directory directory, LuceneEmbeddingStore store, QueryEmbeddingModel model, int k) {
    String instruction =
        model.prefix().isEmpty() ? " (bare question)" : " (with bge's query instruction before the question)";

    LuceneContentRetriever fulltext = LuceneContentRetriever.builder().directory(directory).maxResults(k).build();
    LuceneContentRetriever hybrid =
        LuceneContentRetriever.builder().directory(directory).embeddingModel(model).maxResults(k).build();

    Function<Object, String> contentId = result -> ((Content) result).textSegment().metadata().getString(ID_FIELD);
    Function<Object, String> matchId = result -> ((EmbeddingMatch<?>) result).embeddingId();

    return List.of(
        new Mode("fulltext", FULLTEXT, q -> fulltext.retrieve(Query.from(q.text())), contentId),
        new Mode("hybrid", HYBRID.formatted(instruction), q -> hybrid.retrieve(Query.from(q.text())), contentId),
        new Mode(
            "vector",
            VECTOR.formatted(instruction),
            q -> search(store, model.embed(q.text()).content(), k),
            matchId),
        new Mode(
            "vector_precomputed",
            VECTOR_PRECOMPUTED,
            q -> search(store, Embedding.from(q.vector()), k),
            matchId));
  }

  private static List<?> search(LuceneEmbeddingStore store, Embedding embedding, int k) {
    return store
        .search(EmbeddingSearchRequest.builder().queryEmbedding(embedding).maxResults(k).build())
        .matches();
  }
}
