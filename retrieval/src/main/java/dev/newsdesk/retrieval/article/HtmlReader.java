package dev.newsdesk.retrieval.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one news article out of a web page.
 *
 * <p>Metadata comes from {@link HtmlMetadata}. The text is the JSON-LD {@code articleBody} when the
 * page states one; otherwise the page is stripped of navigation, headers, footers, scripts, forms,
 * embeds and every element whose class or id names an ad, promotion, share bar, social widget,
 * newsletter box, related links, comments, cookie notice or subscription prompt, and the text is
 * taken from the story's container: {@code [itemprop=articleBody]}, else the {@code <article>}
 * with the most paragraph text, else {@code <main>}, else the element holding the most {@code <p>}
 * text. jsoup repairs unclosed tags the way browsers do, so broken pages still read.
 */
public final class HtmlReader implements ArticleReader {

  private static final String NOT_CONTENT =
      "nav, header, footer, aside, script, style, form, iframe, noscript, figcaption, template, "
          + "svg, button, select, input, [hidden], [aria-hidden=true], [role=navigation]";
  private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");
  private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final Set<String> JUNK_WORDS = Set.of("ad", "ads", "adslot", "tweet", "instagram");
  private static final Pattern JUNK_PREFIX =
      Pattern.compile(
          "^(?:advert|promo|share|sharing|social|newsletter|related|comment(?!ary)|cookie|subscri)"
              + ".*");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public ReadResult read(SourceDocument document) {
    Document page = Jsoup.parse(document.text(), document.url().orElse(""));
    Optional<JsonLdArticle> ld = JsonLdArticle.find(page, mapper);
    HtmlMetadata meta = HtmlMetadata.of(page, ld, document.url());
    String text = TextCleaner.clean(ld.flatMap(JsonLdArticle::articleBody)
        .map(HtmlReader::bodyText)
        .orElseGet(() -> mainText(page)));
    if (text.isEmpty()) {
      return ReadResult.problem(
          Problem.failed(document.location(), "no article text found in the HTML"));
    }
    String title = meta.title().orElseGet(() -> Headlines.fromText(text));
    return ReadResult.of(
        Article.of(
            meta.url(),
            title,
            meta.outlet(),
            meta.authors(),
            meta.published(),
            withoutRepeatedTitle(text, title)));
  }

  /** The text without a first paragraph that only repeats the headline (the page's h1). */
  private static String withoutRepeatedTitle(String text, String title) {
    String prefix = title + "\n\n";
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  private static String bodyText(String articleBody) {
    return HtmlText.looksLikeHtml(articleBody) ? HtmlText.paragraphsOf(articleBody) : articleBody;
  }

  /** The text of the story's container after everything that is not the story is removed. */
  static String mainText(Document page) {
    Document copy = page.clone();
    copy.select(NOT_CONTENT).remove();
    copy.getAllElements().stream()
        .filter(HtmlReader::isJunk)
        .toList()
        .forEach(Element::remove);
    String text = HtmlText.paragraphsOf(container(copy));
    return text.isBlank() ? HtmlText.paragraphsOf(copy.body()) : text;
  }

  private static Element container(Document page) {
    Element marked = page.selectFirst("[itemprop=articleBody]");
    if (marked != null) {
      return marked;
    }
    Optional<Element> article =
        page.select("article").stream().max(Comparator.comparingInt(HtmlReader::paragraphText));
    if (article.isPresent() && paragraphText(article.get()) > 0) {
      return article.get();
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    return mostParagraphText(page).orElse(page.body());
  }

  private static Optional<Element> mostParagraphText(Document page) {
    Map<Element, Integer> textByParent =
        page.select("p").stream()
            .filter(p -> p.parent() != null)
            .collect(
                Collectors.groupingBy(
                    Element::parent, Collectors.summingInt(p -> p.text().length())));
    return textByParent.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }

  private static int paragraphText(Element element) {
    return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
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
