package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.Turn;
import dev.newsdesk.retrieval.search.TimeScope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a composer may use to answer: the question as asked and as understood on its own,
 * the conversation before it, the as-of instant and the time scope that were searched, whether the
 * search had to drop that scope, and the numbered sources.
 */
public record ComposeRequest(QueryPlan plan, NumberedSources sources, boolean widened) {

  public ComposeRequest {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(sources, "sources");
  }

  /** The question as the user wrote it. */
  public String original() {
    return plan.asked();
  }

  /** The question made standalone (a follow-up rewritten with what it refers to). */
  public String question() {
    return plan.standalone();
  }

  /** The instant the answer is written as of: the question's as-of, else now. */
  public Instant asOf() {
    return plan.asOf();
  }

  /** The publication dates the question named, if any. */
  public Optional<TimeScope> scope() {
    return plan.scope();
  }

  /** The conversation's earlier turns, oldest first; empty for a question on its own. */
  public List<Turn> history() {
    return plan.history();
  }
}
