package dev.newsdesk.retrieval.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * One way of finding passages (keywords, vectors): the best {@code depth} documents of one view of
 * the index for a request, best first, with the request's filters applied and no cap per article.
 *
 * <p>It returns document numbers, not passages, so that only the few passages that make the final
 * ranking have their stored text read.
 */
public interface CandidateSource {

  ScoreDoc[] candidates(IndexSearcher searcher, SearchRequest request, int depth) throws IOException;

  /** A short name for reports: {@code bm25}, {@code vector}. */
  String name();
}
