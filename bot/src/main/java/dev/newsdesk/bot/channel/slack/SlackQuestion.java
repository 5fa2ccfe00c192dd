package dev.newsdesk.bot.channel.slack;

import java.util.Objects;

/**
 * A question taken from Slack: the message's identity (to answer it once), where it was asked, who
 * asked, the text without the bot's mention, and the conversation it belongs to.
 */
record SlackQuestion(String messageKey, String team, String channel, String user, String text, String conversationKey) {

  SlackQuestion {
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(conversationKey, "conversationKey");
  }

  /** The text with mentions such as {@code <@U123>} removed. */
  static String withoutMentions(String text) {
    return text == null ? "" : text.replaceAll("<@[A-Z0-9]+(\\|[^>]*)?>", " ").replaceAll("\\s+", " ").strip();
  }
}
