package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.TopicCue;
import dev.newsdesk.bot.conversation.Turn;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.TimeScope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question made ready to search: the text as asked, its standalone form, the conversation before
 * it, the as-of instant, the time scope read from it and the search request built from all that.
 * {@code scopeCarried} says the time scope came only from the words a follow-up carries from the
 * previous turn ("How much were they fined?" after "Which company recalled oat milk in August?").
 * {@code headlines} says the question asks what is new and names no topic ({@link HeadlinesQuestion}):
 * it is answered from the newest articles within its dates. {@code latestOn} is the topic of a
 * question that asks for the latest on it ("What's new in Brennick?", "Any news about Harbor FC?",
 * {@link HeadlinesQuestion#latestOn}), empty otherwise: the request searches the topic, and the
 * answer gives the newest of the articles found about it.
 */
public record QueryPlan(
    Question question,
    String asked,
    String standalone,
    List<Turn> history,
    Instant asOf,
    Optional<TimeScope> scope,
    SearchRequest request,
    boolean scopeCarried,
    boolean headlines,
    Optional<String> latestOn) {

  public QueryPlan {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(standalone, "standalone");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(latestOn, "latestOn");
    history = List.copyOf(history);
  }

  /** Whether the question was rewritten with words of the conversation before it (a follow-up). */
  public boolean rewritten() {
    return !history.isEmpty() && !standalone.equals(TopicCue.of(asked).question());
  }
}
