package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.List;

/** Writes an answer to a question from the retrieved passages, citing them as {@code [n]}. */
@FunctionalInterface
public interface Composer {

  Answer compose(String question, List<RetrievedPassage> passages);

  /** Composes, telling the listener the text as it is written (when the composer streams). */
  default Answer compose(String question, List<RetrievedPassage> passages, AnswerListener listener) {
    return compose(question, passages);
  }
}
