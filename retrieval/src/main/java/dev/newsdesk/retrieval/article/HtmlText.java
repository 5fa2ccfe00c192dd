package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML into plain-text paragraphs, one per paragraph-like element.
 *
 * <p>Paragraphs come from {@code p}, {@code h1}–{@code h6}, {@code li}, {@code blockquote}, {@code
 * pre}, {@code dd} and {@code dt}. When such an element holds others (a quote made of paragraphs),
 * its inner elements are the paragraphs and its loose text becomes one more, so an attribution
 * line after a quoted post stays a line of its own. Loose text beside paragraphs in a container
 * (a {@code div} holding an {@code h1} and text separated by {@code <br><br>}) is kept when it is
 * broken into lines or is at least {@value MainText#LOOSE_TEXT_MIN} characters long, so such pages
 * keep their body while a stray "Share" stays out. A {@code br}, and the edges of a block-level
 * element such as a {@code div}, start a new line, so a byline never runs into the first sentence.
 * HTML with none of these elements (a feed summary, say) gives its text split at line breaks.
 */
public final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt");
  private static final String BLOCK_SELECTOR = String.join(",", BLOCKS);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

  private HtmlText() {}

  /** Whether this text contains HTML tags rather than being plain text. */
  public static boolean looksLikeHtml(String text) {
    return TAG.matcher(text).find();
  }

  /** The paragraphs of an HTML fragment, such as a feed entry's content or a JSON body field. */
  public static String paragraphsOf(String html) {
    return paragraphsOf(Jsoup.parseBodyFragment(html).body());
  }

  /** The paragraphs inside this element, one per line. */
  public static String paragraphsOf(Element root) {
    List<String> paragraphs = new ArrayList<>();
    if (root.selectFirst(BLOCK_SELECTOR) == null) {
      paragraphs.add(textWithBreaks(root));
    } else {
      collect(root, true, paragraphs);
    }
    return String.join("\n", paragraphs).strip();
  }

  private static void collect(Element element, boolean keepLooseText, List<String> out) {
    if (BLOCKS.contains(element.normalName()) && !hasInnerBlock(element)) {
      out.add(textWithBreaks(element));
      return;
    }
    boolean keepLoose = keepLooseText || BLOCKS.contains(element.normalName());
    StringBuilder loose = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof Element e && e.selectFirst(BLOCK_SELECTOR) != null) {
        flush(loose, keepLoose, out);
        collect(e, false, out);
      } else {
        loose.append(textWithBreaks(child));
      }
    }
    flush(loose, keepLoose, out);
  }

  private static boolean hasInnerBlock(Element element) {
    return element.children().stream().anyMatch(c -> c.selectFirst(BLOCK_SELECTOR) != null);
  }

  private static void flush(StringBuilder loose, boolean keepAny, List<String> out) {
    String text = loose.toString().strip();
    boolean substantial = text.contains("\n") || text.length() >= MainText.LOOSE_TEXT_MIN;
    if (!text.isEmpty() && (keepAny || substantial)) {
      out.add(text);
    }
    loose.setLength(0);
  }

  private static String textWithBreaks(Node node) {
    if (node instanceof TextNode text) {
      return text.text();
    }
    if (!(node instanceof Element element)) {
      return "";
    }
    if (element.normalName().equals("br")) {
      return "\n";
    }
    StringBuilder sb = new StringBuilder();
    for (Node child : element.childNodes()) {
      sb.append(textWithBreaks(child));
    }
    return element.isBlock() && !BLOCKS.contains(element.normalName()) ? "\n" + sb + "\n" : sb.toString();
  }
}
