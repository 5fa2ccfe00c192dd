package dev.newsdesk.bot.channel.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an HTML message into parts Telegram accepts: each at most {@code limit} characters, cut at
 * a paragraph, else a line, else a sentence, else a word; tags open at a cut are closed at the end of
 * the part and reopened at the start of the next, so every part is well-formed on its own.
 */
final class MessageSplitter {

  /** Telegram's limit on the text of one message. */
  static final int TELEGRAM_LIMIT = 4096;

  /** Room kept for closing the tags that are open at a cut. */
  private static final int CLOSING_RESERVE = 64;

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z]+)[^>]*>");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:\\[\\d+])*\\s");

  private final int limit;
  private final boolean markup;

  private MessageSplitter(int limit, boolean markup) {
    if (limit <= CLOSING_RESERVE * 4) {
      throw new IllegalArgumentException("limit too small: " + limit);
    }
    this.limit = limit;
    this.markup = markup;
  }

  /** Splits HTML, keeping tags and entities whole. */
  static MessageSplitter html(int limit) {
    return new MessageSplitter(limit, true);
  }

  /** Splits plain text, where {@code <} and {@code &} are just characters. */
  static MessageSplitter plain(int limit) {
    return new MessageSplitter(limit, false);
  }

  List<String> split(String html) {
    List<String> parts = new ArrayList<>();
    String rest = html.strip();
    while (rest.length() > limit) {
      int cut = cut(rest, limit - CLOSING_RESERVE);
      Deque<String> open = markup ? openTags(rest.substring(0, cut)) : new ArrayDeque<>();
      StringBuilder part = new StringBuilder(rest.substring(0, cut).stripTrailing());
      open.descendingIterator().forEachRemaining(tag -> part.append("</").append(name(tag)).append('>'));
      parts.add(part.toString());
      rest = String.join("", open) + rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  /** Where to end the first part: the last good boundary within {@code max} characters. */
  private int cut(String text, int max) {
    String window = text.substring(0, max);
    int floor = max / 4;
    int at = lastSafe(text, window.lastIndexOf("\n\n"), floor);
    if (at < 0) {
      at = lastSafe(text, window.lastIndexOf('\n'), floor);
    }
    if (at < 0) {
      at = lastSentenceEnd(text, window, floor);
    }
    if (at < 0) {
      at = lastSafe(text, window.lastIndexOf(' '), floor);
    }
    return at > 0 ? at : safeBefore(text, max);
  }

  private int lastSentenceEnd(String text, String window, int floor) {
    Matcher m = SENTENCE_END.matcher(window);
    int best = -1;
    while (m.find()) {
      if (m.end() - 1 >= floor && !insideMarkup(text, m.end() - 1)) {
        best = m.end() - 1;
      }
    }
    return best;
  }

  /** The boundary if it lies past the floor and outside a tag or entity; else -1. */
  private int lastSafe(String text, int boundary, int floor) {
    return boundary >= floor && !insideMarkup(text, boundary) ? boundary : -1;
  }

  /** The last position at or before {@code max} that is not inside a tag, entity or surrogate pair. */
  private int safeBefore(String text, int max) {
    int at = max;
    while (at > 1 && (insideMarkup(text, at) || Character.isLowSurrogate(text.charAt(at)))) {
      at--;
    }
    return at;
  }

  /** Whether a cut at {@code at} would fall inside a {@code <tag>} or an {@code &entity;}. */
  private boolean insideMarkup(String text, int at) {
    if (!markup) {
      return false;
    }
    int lt = text.lastIndexOf('<', at - 1);
    if (lt >= 0 && text.indexOf('>', lt) >= at) {
      return true;
    }
    int amp = text.lastIndexOf('&', at - 1);
    int semi = amp < 0 ? -1 : text.indexOf(';', amp);
    return amp >= 0 && semi >= at && semi - amp <= 10;
  }

  /** The opening tags not yet closed at the end of the text, outermost first. */
  static Deque<String> openTags(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.addLast(m.group());
      } else if (!open.isEmpty() && name(open.peekLast()).equalsIgnoreCase(m.group(2))) {
        open.removeLast();
      }
    }
    return open;
  }

  private static String name(String openingTag) {
    Matcher m = TAG.matcher(openingTag);
    return m.find() ? m.group(2) : "";
  }
}
