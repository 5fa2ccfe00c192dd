package dev.newsdesk.retrieval.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One view of a news archive, as the engine-neutral parts of search read it: ranked candidates from
 * keywords (BM25) and from vectors (HNSW) with the request's filters applied by the engine, and the
 * stored passages of the candidates that make the final ranking. Fusion, the recency prior and
 * diversity are {@link HybridRetriever}'s, the same for every engine.
 *
 * <p>A candidate is an opaque key (a document number, a passage id) valid within this view only.
 */
public interface SearchView {

  /**
   * The best {@code depth} passages by BM25 over text and headline (the headline's terms boosted by
   * {@code titleBoost}, words close together earning a small bonus), best first; empty when the query
   * has no searchable words.
   */
  List<Object> keywords(SearchRequest request, float titleBoost, int depth) throws IOException;

  /**
   * The {@code depth} passages whose vectors are nearest {@code vector} (unit length, the archive's
   * dimension), best first, with the request's filters applied inside the graph search.
   */
  List<Object> nearest(float[] vector, SearchRequest request, int depth) throws IOException;

  /** Publication instants in epoch milliseconds of the candidates; undated ones are absent. */
  Map<Object, Long> published(Collection<Object> candidates) throws IOException;

  /** The stored passage of a candidate, with the given score. */
  RetrievedPassage read(Object candidate, double score) throws IOException;

  /** The {@code count} newest articles, newest first, undated last. */
  List<LatestHeadlines.Headline> newest(int count) throws IOException;

  /**
   * The opening passages of the {@code count} newest articles that pass the request's filters
   * (dates, as-of, outlets), newest first, undated last; the request's query is not read.
   */
  List<Object> newestOpenings(SearchRequest request, int count) throws IOException;

  /** The articles of the best {@code depth} passages any word of the topic matches, best first. */
  List<LatestHeadlines.Headline> aboutTopic(String topic, int depth) throws IOException;

  /** The number of passages. */
  long passageCount() throws IOException;

  /** How many passages hold each analysed term in their text. */
  Map<String, Long> documentFrequencies(Collection<String> terms) throws IOException;
}
