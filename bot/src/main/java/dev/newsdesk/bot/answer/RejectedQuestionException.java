package dev.newsdesk.bot.answer;

/** A question the bot will not take (empty, too long); the message is written for the user. */
public final class RejectedQuestionException extends RuntimeException {

  public RejectedQuestionException(String message) {
    super(message);
  }
}
