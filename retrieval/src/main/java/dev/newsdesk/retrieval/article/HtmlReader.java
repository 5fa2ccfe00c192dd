package dev.newsdesk.retrieval.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one news article out of a web page.
 *
 * <p>Metadata comes from {@link HtmlMetadata}. The text is the page's main text ({@link MainText}),
 * unless the page's JSON-LD states an {@code articleBody} that is the article: one at least
 * {@value #STRUCTURED_SHARE_PERCENT}% as long as the main text. A one-sentence summary in JSON-LD
 * never replaces the page's paragraphs. Leading paragraphs that only repeat the headline, the
 * byline or the date are dropped. jsoup repairs unclosed tags the way browsers do, so broken pages
 * still read.
 */
public final class HtmlReader implements ArticleReader {

  static final int STRUCTURED_SHARE_PERCENT = 80;
  private static final int MAX_LEADING_FURNITURE = 4;

  private final ObjectMapper mapper = new ObjectMapper();
  private final MainText.Extraction extraction;

  /** A reader using the extraction that scored best on the ingest evaluation set. */
  public HtmlReader() {
    this(MainText.Extraction.DEFAULT);
  }

  /** A reader using this main-text extraction (for comparing extractors). */
  public HtmlReader(MainText.Extraction extraction) {
    this.extraction = Objects.requireNonNull(extraction, "extraction");
  }

  @Override
  public ReadResult read(SourceDocument document) {
    Document page = Jsoup.parse(document.text(), document.url().orElse(""));
    Optional<JsonLdArticle> ld = JsonLdArticle.find(page, mapper);
    HtmlMetadata meta = HtmlMetadata.of(page, ld, document.url());
    String main = TextCleaner.clean(MainText.of(page, extraction, document.url()));
    Optional<String> structured =
        ld.flatMap(JsonLdArticle::articleBody).map(HtmlReader::bodyText).map(TextCleaner::clean)
            .filter(s -> !s.isBlank());
    String text = structured
        .filter(s -> s.length() * 100 >= (long) main.length() * STRUCTURED_SHARE_PERCENT)
        .orElse(main);
    if (text.isEmpty()) {
      return ReadResult.problem(
          Problem.failed(document.location(), "no article text found in the HTML"));
    }
    String title = meta.title().orElseGet(() -> Headlines.fromText(text));
    String body = withoutLeadingFurniture(text, meta.title().orElse(""), meta.authors());
    if (body.isEmpty()) {
      return ReadResult.problem(
          Problem.failed(document.location(), "no article text found in the HTML, only its headline"));
    }
    Article article =
        Article.of(meta.url(), title, meta.outlet(), meta.authors(), meta.published().instant(), body);
    return ReadResult.of(article, ArticleNotes.dated(meta.published()));
  }

  /**
   * The text without first paragraphs that only repeat the headline, name the authors ("By Jane
   * Roe") or give the date.
   */
  static String withoutLeadingFurniture(String text, String title, List<String> authors) {
    String[] paragraphs = text.split("\n\n");
    int start = 0;
    while (start < paragraphs.length && start < MAX_LEADING_FURNITURE
        && isLeadingFurniture(paragraphs[start].strip(), title, authors)) {
      start++;
    }
    return String.join("\n\n", List.of(paragraphs).subList(start, paragraphs.length)).strip();
  }

  private static boolean isLeadingFurniture(String p, String title, List<String> authors) {
    return p.equalsIgnoreCase(title)
        || Bylines.parse(p).isPresent()
        || (!authors.isEmpty() && authors.contains(p))
        || (p.length() <= 60 && DateParser.parse(PageDates.withoutLabel(p)).isPresent());
  }

  private static String bodyText(String articleBody) {
    return HtmlText.looksLikeHtml(articleBody) ? HtmlText.paragraphsOf(articleBody) : articleBody;
  }
}
