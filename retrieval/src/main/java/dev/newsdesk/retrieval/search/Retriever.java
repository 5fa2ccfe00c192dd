package dev.newsdesk.retrieval.search;

import java.util.List;

/**
 * Finds the passages that bear on a query, best first.
 *
 * <p>A failure is a {@link dev.newsdesk.retrieval.RetrievalException}, never an empty list.
 */
public interface Retriever {

  /** The request's {@code k} best passages for its query within its filters, best first. */
  List<RetrievedPassage> retrieve(SearchRequest request);

  /**
   * The opening passages of the request's {@code k} newest articles within its filters (dates,
   * as-of, outlets), newest first, undated articles last; the query is not read. For a question
   * that asks what is new and names no topic ("What's in the news today?"), whose answer is the
   * latest articles, not the best-matching ones.
   */
  List<RetrievedPassage> newest(SearchRequest request);
}
