package dev.newsdesk.bot.channel;

import java.util.regex.Pattern;

/**
 * Keeps quoted text from notifying a whole channel: {@code @channel}, {@code @all}, {@code @here},
 * {@code @everyone} and Slack's {@code <!channel>}, {@code <!here>}, {@code <!everyone>} get a
 * zero-width space after their first character, so they read the same and ping nobody. The bot
 * never means to notify anyone.
 */
public final class Mentions {

  private static final Pattern BROADCAST = Pattern.compile("(?i)(@|<!)(channel|all|here|everyone)\\b");

  private Mentions() {}

  /** The text with every broadcast mention broken by a zero-width space. */
  public static String neutralise(String text) {
    return BROADCAST.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1).charAt(0) + "\u200B" + m.group(1).substring(1) + m.group(2)));
  }
}
