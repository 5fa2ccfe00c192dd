package dev.newsdesk.bot.error;

/**
 * An expected failure of the application, whose message is written for the user: the command line
 * prints it on one line and exits non-zero, with no stack trace; a channel tells the user. Each kind
 * of failure is a subclass (configuration, the language model, Telegram, a refused question, a
 * channel that cannot start). Anything else that escapes is a bug.
 */
public class NewsdeskException extends RuntimeException {

  public NewsdeskException(String message) {
    super(message);
  }

  public NewsdeskException(String message, Throwable cause) {
    super(message, cause);
  }
}
