package dev.newsdesk.retrieval.search;

import java.util.List;

/**
 * Finds the passages that bear on a query, best first.
 *
 * <p>A failure is a {@link dev.newsdesk.retrieval.RetrievalException}, never an empty list.
 */
@FunctionalInterface
public interface Retriever {

  List<RetrievedPassage> retrieve(SearchRequest request);
}
