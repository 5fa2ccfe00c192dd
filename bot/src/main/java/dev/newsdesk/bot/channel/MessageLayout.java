package dev.newsdesk.bot.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits an answer and its sources into a platform's message limit: the answer text always
 * survives (at least half the limit, or all of it when shorter), source lines are kept whole or
 * dropped from the end with a count of what was left out, and nothing is cut inside a line, so a
 * link is never cut. Every piece comes in already escaped for its platform.
 */
public final class MessageLayout {

  private MessageLayout() {}

  /**
   * The message: {@code text}, a blank line, {@code heading}, one line per source, and the notice;
   * at most {@code max} units. {@code more} renders "n more sources" for lines left out.
   */
  public static String compose(String text, String heading, List<String> sourceLines, List<String> notices, int max,
      java.util.function.IntFunction<String> more) {
    String all = join(text, block(heading, sourceLines, notices));
    if (all.length() <= max) {
      return all;
    }
    int keep = Math.min(text.length(), max / 2);
    String block = block(heading, sourceLines, notices);
    if (max - 2 - block.length() >= keep) {
      return join(TextCut.shorten(text, max - 2 - block.length()), block);
    }
    String shortText = TextCut.shorten(text, keep);
    List<String> lines = new ArrayList<>(sourceLines);
    while (!lines.isEmpty()) {
      lines.remove(lines.size() - 1);
      List<String> withMore = new ArrayList<>(lines);
      withMore.add(more.apply(sourceLines.size() - lines.size()));
      block = block(heading, withMore, notices);
      if (shortText.length() + 2 + block.length() <= max) {
        return join(TextCut.shorten(text, max - 2 - block.length()), block);
      }
    }
    return TextCut.shorten(text, max);
  }

  private static String block(String heading, List<String> lines, List<String> notices) {
    List<String> all = new ArrayList<>();
    if (!lines.isEmpty()) {
      all.add(heading);
      all.addAll(lines);
    }
    all.addAll(notices);
    return String.join("\n", all);
  }

  private static String join(String text, String block) {
    return block.isEmpty() ? text : text + "\n\n" + block;
  }
}
