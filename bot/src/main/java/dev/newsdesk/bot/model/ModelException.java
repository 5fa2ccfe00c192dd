package dev.newsdesk.bot.model;

import dev.newsdesk.bot.error.NewsdeskException;

/** The language model could not give an answer (unreachable, refusing, too slow); retries are spent. */
public final class ModelException extends NewsdeskException {

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
