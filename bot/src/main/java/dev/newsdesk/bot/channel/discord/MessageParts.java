package dev.newsdesk.bot.channel.discord;

import dev.newsdesk.bot.channel.TextCut;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Markdown message into Discord messages of at most {@link #DISCORD_LIMIT} characters, in
 * order: each cut falls at a paragraph, else a line (so a source's masked link stays whole), else a
 * sentence, else a word, and only when none lies in the second half of the window inside a word, on
 * a character boundary and never after a lone escaping backslash.
 */
final class MessageParts {

  /** Discord's limit on a message's content (developer docs, "Create Message": content up to 2000 characters). */
  static final int DISCORD_LIMIT = 2_000;

  private MessageParts() {}

  /** The parts, each at most {@code limit} UTF-16 units (which never undercounts Discord's characters). */
  static List<String> split(String message, int limit) {
    if (limit < 20) {
      throw new IllegalArgumentException("limit too small: " + limit);
    }
    List<String> parts = new ArrayList<>();
    String rest = message.strip();
    while (rest.length() > limit) {
      int cut = cut(rest, limit);
      parts.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  private static int cut(String text, int limit) {
    String window = text.substring(0, limit + 1); // a boundary right at the limit counts
    int floor = limit / 2;
    for (String boundary : new String[] {"\n\n", "\n", ". ", " "}) {
      int at = window.lastIndexOf(boundary);
      if (at >= floor) {
        return boundary.equals(". ") ? at + 1 : at;
      }
    }
    int at = TextCut.prefix(text, limit).length();
    while (at > 1 && text.charAt(at - 1) == '\\') {
      at--; // an escape and what it escapes stay together
    }
    return at;
  }
}
