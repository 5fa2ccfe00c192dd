package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Markdown into plain paragraphs, one a line, keeping the words and dropping the syntax.
 *
 * <p>Heading marks, list bullets, blockquote markers, emphasis, inline code marks, images, link
 * targets and reference definitions go; link texts stay. Lines of a paragraph wrapped in the
 * source are joined; code blocks keep their lines, as text.
 */
final class MarkdownText {

  private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
  private static final Pattern BULLET = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^>\\s?(.*)$");
  private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\[[^]]+]:\\s+\\S+.*$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\([^)]*\\)|!\\[[^]]*]\\[[^]]*]");
  private static final Pattern LINK = Pattern.compile("\\[([^]]+)](?:\\([^)]*\\)|\\[[^]]*])");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^>]+)>");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])([*_])(\\S(?:.*?\\S)?)\\1(?![\\w*])");
  private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private MarkdownText() {}

  /** The paragraphs of this Markdown, one a line. */
  static String paragraphsOf(String markdown) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inCode = false;
    for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
      String line = raw.strip();
      if (FENCE.matcher(line).matches()) {
        inCode = !inCode;
        flush(current, paragraphs);
      } else if (inCode) {
        paragraphs.add(raw.stripTrailing());
      } else if (line.isEmpty() || RULE.matcher(line).matches()
          || REFERENCE_DEFINITION.matcher(line).matches()) {
        flush(current, paragraphs);
      } else if (startsBlock(line)) {
        flush(current, paragraphs);
        current.append(inline(unwrapBlock(line)));
      } else {
        current.append(current.length() == 0 ? "" : " ").append(inline(line));
      }
    }
    flush(current, paragraphs);
    return String.join("\n", paragraphs);
  }

  private static boolean startsBlock(String line) {
    return HEADING.matcher(line).matches()
        || BULLET.matcher(line).matches()
        || QUOTE.matcher(line).matches();
  }

  /** The line without its heading, bullet or quote marker (quotes may hold headings or bullets). */
  private static String unwrapBlock(String line) {
    for (Pattern block : List.of(QUOTE, HEADING, BULLET)) {
      Matcher m = block.matcher(line);
      if (m.matches()) {
        String inner = m.group(1).strip();
        return startsBlock(inner) ? unwrapBlock(inner) : inner;
      }
    }
    return line;
  }

  private static String inline(String text) {
    String t = IMAGE.matcher(text).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    t = AUTOLINK.matcher(t).replaceAll("$1");
    t = CODE.matcher(t).replaceAll("$1");
    t = STRONG.matcher(t).replaceAll("$2");
    t = EMPHASIS.matcher(t).replaceAll("$2");
    return STRIKE.matcher(t).replaceAll("$1");
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
    current.setLength(0);
  }
}
