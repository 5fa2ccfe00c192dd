package dev.newsdesk.retrieval.search;

import java.io.IOException;
import java.util.List;

/**
 * One way of finding passages (keywords, vectors): the best {@code depth} candidates of one view of
 * the archive for a request, best first, with the request's filters applied and no cap per article.
 *
 * <p>It returns candidate keys, not passages, so that only the few passages that make the final
 * ranking have their stored text read.
 */
public interface CandidateSource {

  List<Object> candidates(SearchView view, SearchRequest request, int depth) throws IOException;

  /** A short name for reports: {@code bm25}, {@code vector}. */
  String name();
}
