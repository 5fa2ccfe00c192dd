package dev.newsdesk.bot.channel.telegram;

/** Telegram could not be reached or refused the bot; the message says why, never the token. */
public final class TelegramException extends RuntimeException {

  public TelegramException(String message, Throwable cause) {
    super(message, cause);
  }
}
