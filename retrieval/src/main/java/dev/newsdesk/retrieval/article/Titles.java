package dev.newsdesk.retrieval.article;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Headlines given as HTML turned into text without losing words.
 *
 * <p>A headline about "the &lt;script&gt; tag" or "why the &lt;style&gt; element" must keep those
 * words, yet an HTML parser would swallow everything after {@code <script>}, {@code <style>},
 * {@code <title>}, {@code <textarea>} or {@code <noscript>} as that element's raw content, and drop
 * a {@code <head>}. So only inline formatting tags ({@code b}, {@code i}, {@code em}, {@code a},
 * {@code span}, {@code br} and the like) are removed; entities are decoded; any other tag-like text
 * stays as written. A text title ({@code type="text"} in Atom) is taken literally.
 */
public final class Titles {

  private static final Pattern INLINE_TAG =
      Pattern.compile(
          "(?i)</?(?:a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp"
              + "|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?:\\s[^<>]*)?/?>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

  private Titles() {}

  /** The text of a headline written in HTML. */
  public static String fromHtml(String html) {
    String text = BREAK.matcher(html).replaceAll(" ");
    text = INLINE_TAG.matcher(text).replaceAll("");
    return fromText(Parser.unescapeEntities(text, false));
  }

  /** A headline written as text: only its whitespace is tidied. */
  public static String fromText(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
