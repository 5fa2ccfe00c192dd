package dev.newsdesk.retrieval.search;

import java.io.IOException;
import java.util.Optional;

/**
 * The searching half of a news archive: hands out a {@link SearchView} for the length of one task
 * (a question, a headline list), so that everything the task reads comes from one view.
 */
public interface PassageSearch {

  /**
   * Runs {@code task} on a view of the archive; empty when the archive does not exist yet (an
   * embedded index before its first ingest). A failure is a {@link dev.newsdesk.retrieval.RetrievalException}.
   */
  <T> Optional<T> inView(ViewTask<T> task);

  /** Work done on one view. */
  @FunctionalInterface
  interface ViewTask<T> {
    T apply(SearchView view) throws IOException;
  }
}
