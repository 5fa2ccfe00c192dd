package dev.newsdesk.bot.answer;

/**
 * Writes a draft answer to a planned question from its numbered sources, citing them as {@code [n]};
 * the answering service checks the citations of every draft the same way.
 */
@FunctionalInterface
public interface Composer {

  /** Composes, telling the listener the text as it is written (when the composer streams). */
  Draft compose(ComposeRequest request, AnswerListener listener);
}
