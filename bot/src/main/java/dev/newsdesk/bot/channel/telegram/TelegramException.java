package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.error.NewsdeskException;

/** Telegram could not be reached or refused the bot; the message says why, never the token. */
public final class TelegramException extends NewsdeskException {

  public TelegramException(String message, Throwable cause) {
    super(message, cause);
  }
}
