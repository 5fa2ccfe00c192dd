package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.FollowUpRewriter;
import dev.newsdesk.bot.conversation.TopicCue;
import dev.newsdesk.bot.conversation.Turn;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.TimeExpressions;
import dev.newsdesk.retrieval.search.TimeScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plans the search for a question: rewrites a follow-up into a standalone question, fixes the
 * as-of instant (the question's, else the clock's), and reads the time scope the question names
 * ("yesterday", "on 24 June") into the request's date range. The only stage that reads language
 * before retrieval.
 */
public final class QueryPlanner {

  private final FollowUpRewriter rewriter;
  private final TimeExpressions time;
  private final Clock clock;
  private final int passages;
  private final int maxPerArticle;

  /**
   * @param passages how many passages a search returns (at least 1)
   * @param maxPerArticle how many of them one article may hold (at least 1)
   */
  public QueryPlanner(FollowUpRewriter rewriter, TimeExpressions time, Clock clock, int passages, int maxPerArticle) {
    this.rewriter = rewriter;
    this.time = time;
    this.clock = clock;
    this.passages = passages;
    this.maxPerArticle = maxPerArticle;
  }

  /** The plan for a checked question text and the conversation before it (oldest first). */
  public QueryPlan plan(Question question, String asked, List<Turn> history) {
    TopicCue cue = TopicCue.of(asked);
    String standalone = history.isEmpty() || cue.shift() ? cue.question() : rewriter.standalone(cue.question(), history);
    Instant asOf = question.asOf().orElseGet(clock::instant);
    Optional<TimeScope> scope = time.find(standalone, asOf);
    // "What's new in Brennick?" searches Brennick: "new" would match every story of a new ferry or a new ward
    Optional<String> latestOn = HeadlinesQuestion.latestOn(standalone, scope);
    SearchRequest request = SearchRequest.of(latestOn.orElse(standalone), passages)
        .withMaxPerArticle(maxPerArticle)
        .withAsOf(Optional.of(asOf))
        .withOutlets(question.outlets());
    boolean carried = scope.isPresent() && !standalone.equals(cue.question())
        && time.find(cue.question(), asOf).isEmpty();
    return new QueryPlan(question, asked, standalone, history, asOf, scope, scoped(request, scope), carried,
        HeadlinesQuestion.asks(standalone, scope), latestOn);
  }

  /**
   * The request limited to the dates its query names, as of its as-of instant (else now); the
   * request itself when it already has dates or names none. For callers that search without
   * answering (the search API, evaluation).
   */
  public SearchRequest withTimeScope(SearchRequest request) {
    if (request.from().isPresent() || request.to().isPresent()) {
      return request;
    }
    Instant asOf = request.asOf().orElseGet(clock::instant);
    return scoped(request.withAsOf(Optional.of(asOf)), time.find(request.query(), asOf));
  }

  private static SearchRequest scoped(SearchRequest request, Optional<TimeScope> scope) {
    return scope.map(s -> request.withDateRange(Optional.of(s.from()), Optional.of(s.to().minusMillis(1))))
        .orElse(request);
  }
}
