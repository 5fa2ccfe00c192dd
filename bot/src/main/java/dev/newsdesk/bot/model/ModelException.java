package dev.newsdesk.bot.model;

/** The language model could not give an answer (unreachable, refusing, too slow); retries are spent. */
public final class ModelException extends RuntimeException {

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
