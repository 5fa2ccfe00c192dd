package dev.newsdesk.bot.config;

import dev.newsdesk.bot.error.NewsdeskException;

/** The configuration is wrong; the message names the key or file and says what to change. */
public final class ConfigException extends NewsdeskException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
