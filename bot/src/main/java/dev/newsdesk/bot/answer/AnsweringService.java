package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.util.List;
import java.util.Locale;

/** Answers a question: checks it, retrieves passages, and has the composer write the answer. */
public final class AnsweringService {

  private final Retriever retriever;
  private final Composer composer;
  private final int passages;
  private final int maxPerArticle;
  private final int maxQuestionLength;

  public AnsweringService(
      Retriever retriever, Composer composer, int passages, int maxPerArticle, int maxQuestionLength) {
    this.retriever = retriever;
    this.composer = composer;
    this.passages = passages;
    this.maxPerArticle = maxPerArticle;
    this.maxQuestionLength = maxQuestionLength;
  }

  /** The answer to one question; a question the bot will not take throws with the reason. */
  public Answer answer(String question) {
    String q = check(question);
    List<RetrievedPassage> found =
        retriever.retrieve(SearchRequest.of(q, passages).withMaxPerArticle(maxPerArticle));
    return composer.compose(q, found);
  }

  private String check(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      throw new RejectedQuestionException("Please ask a question about the news.");
    }
    if (q.length() > maxQuestionLength) {
      throw new RejectedQuestionException(
          String.format(
              Locale.ROOT,
              "That question is %,d characters long; the limit is %,d (answer.max-question-length). "
                  + "Please ask something shorter.",
              q.length(),
              maxQuestionLength));
    }
    return q;
  }
}
