package dev.newsdesk.bot.watch;

import java.util.Locale;
import java.util.Objects;

/**
 * Who receives alerts and briefings: a channel kind and the platform's opaque id of the chat or
 * channel that asked (a Telegram chat id, a Slack channel or DM id, a Discord channel id); never a user name.
 */
public record Subscriber(Kind kind, String address) {

  /** The channels that can deliver to a subscriber. */
  public enum Kind {
    TELEGRAM, SLACK, MATTERMOST, ROCKETCHAT, DISCORD;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  public Subscriber {
    Objects.requireNonNull(kind, "kind");
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("a subscriber needs the chat or channel id");
    }
  }

  public static Subscriber telegram(long chatId) {
    return new Subscriber(Kind.TELEGRAM, Long.toString(chatId));
  }

  @Override
  public String toString() {
    return kind.key() + ":" + address;
  }
}
