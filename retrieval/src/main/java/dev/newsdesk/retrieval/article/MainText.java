package dev.newsdesk.retrieval.article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page: the story, without the page around it.
 *
 * <p>{@link Extraction#OWN}: the page is stripped of navigation, headers, footers, scripts, forms,
 * embeds, bylines and every element whose class or id names an ad, promotion, share bar, social
 * widget, newsletter box, related links, comments, cookie notice or subscription prompt; the text
 * is taken from the story's container: {@code [itemprop=articleBody]}, else the {@code <article>}
 * with the most text, else {@code <main>}, else the element holding the most paragraph text
 * (paragraphs being {@code <p>} elements and loose text runs, as pages that separate paragraphs
 * with {@code <br><br>} have). {@link Extraction#READABILITY}: Mozilla Readability's algorithm
 * (readability4j). {@link Extraction#DEFAULT} is the one that scored best on the ingest
 * evaluation set (docs/ingest.md).
 */
public final class MainText {

  /** Which algorithm finds the story. */
  public enum Extraction {
    OWN,
    READABILITY;

    public static final Extraction DEFAULT = OWN;
  }

  private static final String NOT_CONTENT =
      "nav, header:not(article header), footer, aside, script, style, form, iframe, noscript, "
          + "figcaption, template, svg, button, select, input, [hidden], [aria-hidden=true], "
          + "[role=navigation], " + HtmlMetadata.BYLINE_ELEMENTS;
  private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");
  private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Set<String> JUNK_WORDS =
      Set.of("ad", "ads", "adslot", "tweet", "instagram", "trending", "sidebar", "byline",
          "dateline", "timestamp", "breadcrumb", "breadcrumbs", "tags", "toolbar", "popular");
  private static final Pattern JUNK_PREFIX =
      Pattern.compile(
          "^(?:advert|promo|share|sharing|social|newsletter|related|comment(?!ary)|cookie|subscri"
              + "|recommend|mostread|outbrain|taboola)"
              + ".*");
  /** Loose text shorter than this, outside paragraphs and without line breaks, is furniture. */
  static final int LOOSE_TEXT_MIN = 50;

  private MainText() {}

  /** The story's text, one paragraph a line; {@code url} resolves Readability's relative links. */
  static String of(Document page, Extraction extraction, Optional<String> url) {
    return extraction == Extraction.READABILITY ? readability(page, url) : own(page);
  }

  private static String readability(Document page, Optional<String> url) {
    try {
      var article = new Readability4J(url.orElse("http://localhost/"), page.outerHtml()).parse();
      String html = Optional.ofNullable(article.getContent()).orElse("");
      return HtmlText.paragraphsOf(html);
    } catch (RuntimeException e) {
      return own(page); // Readability gives up on some pages; the own extractor still reads them
    }
  }

  private static String own(Document page) {
    Document copy = page.clone();
    copy.select(NOT_CONTENT).remove();
    copy.getAllElements().stream().filter(MainText::isJunk).toList().forEach(Element::remove);
    String text = HtmlText.paragraphsOf(container(copy));
    return text.isBlank() ? HtmlText.paragraphsOf(copy.body()) : text;
  }

  private static Element container(Document page) {
    Element marked = page.selectFirst("[itemprop=articleBody]");
    if (marked != null && storyText(marked) > 0) {
      return marked;
    }
    Optional<Element> article =
        page.select("article").stream().max(Comparator.comparingInt(MainText::storyText));
    if (article.isPresent() && storyText(article.get()) > 0) {
      return article.get();
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    return mostStoryText(page).orElse(page.body());
  }

  /** The element whose own paragraphs and loose text runs hold the most text. */
  private static Optional<Element> mostStoryText(Document page) {
    Map<Element, Integer> byParent = new HashMap<>();
    for (Element p : page.select("p")) {
      if (p.parent() != null) {
        byParent.merge(p.parent(), p.text().length(), Integer::sum);
      }
    }
    for (Element e : page.body().getAllElements()) {
      int loose = looseText(e);
      if (loose > 0) {
        byParent.merge(e, loose, Integer::sum);
      }
    }
    return byParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private static int storyText(Element element) {
    int paragraphs = element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    int loose = element.getAllElements().stream().mapToInt(MainText::looseText).sum();
    return paragraphs + loose;
  }

  /** The length of the substantial text runs directly inside this element. */
  private static int looseText(Element element) {
    if (element.normalName().equals("p")) {
      return 0;
    }
    int sum = 0;
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t && t.text().strip().length() >= LOOSE_TEXT_MIN) {
        sum += t.text().strip().length();
      }
    }
    return sum;
  }

  private static boolean isJunk(Element element) {
    if (NEVER_REMOVED.contains(element.normalName())
        || element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return false;
    }
    String names = element.className() + " " + element.id();
    return List.of(NAME_PARTS.split(names)).stream()
        .map(part -> part.toLowerCase(Locale.ROOT))
        .anyMatch(part -> JUNK_WORDS.contains(part) || JUNK_PREFIX.matcher(part).matches());
  }
}
