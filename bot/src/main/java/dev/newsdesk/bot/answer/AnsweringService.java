package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.ConversationMemory;
import dev.newsdesk.bot.conversation.FollowUpRewriter;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.util.List;
import java.util.Locale;

/**
 * Answers a question: checks it, makes a follow-up standalone from its conversation's history,
 * retrieves passages, and has the composer write the answer; then remembers the turn.
 */
public final class AnsweringService {

  private final Retriever retriever;
  private final Composer composer;
  private final FollowUpRewriter rewriter;
  private final ConversationMemory memory;
  private final Limits limits;
  private final AnswerObserver observer;

  /** How many passages are retrieved, how many per article, and the longest question taken. */
  public record Limits(int passages, int maxPerArticle, int maxQuestionLength) {}

  public AnsweringService(
      Retriever retriever, Composer composer, FollowUpRewriter rewriter, ConversationMemory memory, Limits limits) {
    this(retriever, composer, rewriter, memory, limits, AnswerObserver.NONE);
  }

  public AnsweringService(Retriever retriever, Composer composer, FollowUpRewriter rewriter,
      ConversationMemory memory, Limits limits, AnswerObserver observer) {
    this.retriever = retriever;
    this.composer = composer;
    this.rewriter = rewriter;
    this.memory = memory;
    this.limits = limits;
    this.observer = observer;
  }

  /** The answer to one question on its own; see {@link #answer(Question, AnswerListener)}. */
  public Answer answer(String question) {
    return answer(Question.of(question), AnswerListener.NONE);
  }

  /**
   * The answer to a question; a question the bot will not take throws {@link
   * RejectedQuestionException} with the reason, written for the user.
   */
  public Answer answer(Question question, AnswerListener listener) {
    long start = System.nanoTime();
    String asked;
    try {
      asked = check(question.text());
    } catch (RejectedQuestionException e) {
      observer.rejected(question);
      throw e;
    }
    String standalone = question.conversationKey()
        .map(key -> rewriter.standalone(asked, memory.history(key)))
        .orElse(asked);
    SearchRequest request = SearchRequest.of(standalone, limits.passages())
        .withMaxPerArticle(limits.maxPerArticle())
        .withAsOf(question.asOf())
        .withOutlets(question.outlets());
    List<RetrievedPassage> passages = retriever.retrieve(request);
    Answer answer = listener == AnswerListener.NONE
        ? composer.compose(standalone, passages)
        : composer.compose(standalone, passages, listener);
    question.conversationKey().ifPresent(key -> memory.remember(key, asked, standalone, answer.text()));
    observer.answered(question, answer, java.time.Duration.ofNanos(System.nanoTime() - start));
    return answer;
  }

  /** Forgets a conversation, so the next question starts afresh. */
  public void reset(String conversationKey) {
    memory.forget(conversationKey);
  }

  private String check(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      throw new RejectedQuestionException("Please ask a question about the news.");
    }
    if (q.length() > limits.maxQuestionLength()) {
      throw new RejectedQuestionException(
          String.format(
              Locale.ROOT,
              "That question is %,d characters long; the limit is %,d (answer.max-question-length). "
                  + "Please ask something shorter.",
              q.length(),
              limits.maxQuestionLength()));
    }
    return q;
  }
}
