package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.DateWidening;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;

/**
 * Searching without answering (the search API): the request is limited to the dates its query names
 * by the same {@link QueryPlanner} as questions, and widened by {@link DateWidening} when nothing is
 * found in them; the result says which dates were searched.
 */
public final class NewsSearch {

  private final QueryPlanner planner;
  private final DateWidening widening;

  public NewsSearch(QueryPlanner planner, Retriever retriever) {
    this.planner = planner;
    this.widening = new DateWidening(retriever);
  }

  /** The passages for the request, best first, with the request as planned and whether it was widened. */
  public DateWidening.Retrieval search(SearchRequest request) {
    return widening.retrieve(planner.withTimeScope(request));
  }
}
