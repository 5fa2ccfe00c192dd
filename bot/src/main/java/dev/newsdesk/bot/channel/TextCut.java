package dev.newsdesk.bot.channel;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Shortens text for a message limit without breaking what a reader sees: cuts fall between
 * user-perceived characters (grapheme clusters, as {@link BreakIterator#getCharacterInstance}
 * finds them), never inside a surrogate pair, a combining sequence or an HTML entity, and prefer the
 * last space. Lengths are counted in UTF-16 units, as Slack, Mattermost, Rocket.Chat and Telegram
 * count their limits.
 */
public final class TextCut {

  private TextCut() {}

  /** The longest prefix of {@code text} of at most {@code max} units that ends on a character boundary. */
  public static String prefix(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= 0) {
      return "";
    }
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    int end = characters.isBoundary(max) ? max : characters.preceding(max);
    end = Math.max(0, end == BreakIterator.DONE ? 0 : end);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * {@code text} itself when it fits; otherwise a prefix ending at a word when one lies in the
   * second half, followed by "…", in at most {@code max} units (empty when {@code max} is below 2).
   */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max < 2) {
      return "";
    }
    String cut = prefix(text, max - 1);
    int space = cut.lastIndexOf(' ');
    if (space > max / 2) {
      cut = cut.substring(0, space);
    }
    int entity = cut.lastIndexOf('&');
    if (entity >= 0 && cut.indexOf(';', entity) < 0 && cut.length() - entity <= 10) {
      cut = cut.substring(0, entity);
    }
    return cut.stripTrailing() + "…";
  }
}
