package dev.newsdesk.bot.answer;

import java.time.Duration;

/** Hears every question the answering service takes or refuses, for metrics. */
public interface AnswerObserver {

  AnswerObserver NONE = new AnswerObserver() {};

  /** A question was answered (or abstained on) after this long. */
  default void answered(Question question, Answer answer, Duration took) {}

  /** A question was refused (empty, too long). */
  default void rejected(Question question) {}
}
