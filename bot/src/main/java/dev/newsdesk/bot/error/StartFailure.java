package dev.newsdesk.bot.error;

/** A service could not start: the port is taken, a platform refused the credentials. */
public final class StartFailure extends NewsdeskException {

  public StartFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
