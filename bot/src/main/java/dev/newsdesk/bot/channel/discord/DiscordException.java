package dev.newsdesk.bot.channel.discord;

import dev.newsdesk.bot.error.NewsdeskException;

/** Discord could not be reached or refused a request; the message says why, never a token. */
public final class DiscordException extends NewsdeskException {

  private final int status;

  /** Discord answered with this HTTP status. */
  public DiscordException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** Discord could not be reached. */
  public DiscordException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status Discord answered with; 0 when it was not reached. */
  public int status() {
    return status;
  }
}
