package dev.newsdesk.bot.answer;

/**
 * Hears an answer being written, token by token, so a channel can show it as it grows; the
 * finished, citation-checked {@link Answer} is what the answering service returns.
 */
@FunctionalInterface
public interface AnswerListener {

  AnswerListener NONE = token -> {};

  /** The next piece of the answer's text as the model wrote it (before citation checks). */
  void token(String token);
}
