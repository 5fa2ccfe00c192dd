package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.error.NewsdeskException;

/** A question the bot will not take (empty, too long); the message is written for the user. */
public final class RejectedQuestionException extends NewsdeskException {

  public RejectedQuestionException(String message) {
    super(message);
  }
}
