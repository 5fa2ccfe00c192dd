package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the reader for a document's format; {@code Readers::read} is itself an {@link
 * ArticleReader} for documents of any supported format.
 */
public final class Readers {

  private Readers() {}

  /** The reader for documents of this format. */
  public static ArticleReader forFormat(Format format) {
    return forFormat(format, MainText.Extraction.DEFAULT);
  }

  private static ArticleReader forFormat(Format format, MainText.Extraction extraction) {
    return switch (format) {
      case TEXT -> new PlainTextReader();
      case MARKDOWN -> new MarkdownReader();
      case HTML -> new HtmlReader(extraction);
      case JSON -> JsonReader.forJson();
      case JSON_LINES -> JsonReader.forJsonLines();
      case FEED -> new FeedReader();
    };
  }

  /**
   * The articles in this document, read in the format its name, content type or text gives away;
   * a skipped "unsupported file type" problem when none does.
   *
   * <p>Whatever the format, stubs are then trimmed and marked partial ({@link Completeness}) and
   * outlet names take their one spelling ({@link OutletNames#display}); ids are not changed.
   */
  public static ReadResult read(SourceDocument document) {
    return read(document, MainText.Extraction.DEFAULT);
  }

  /** A reader like {@link #read(SourceDocument)} whose web pages use this main-text extraction. */
  public static ArticleReader using(MainText.Extraction extraction) {
    return document -> read(document, extraction);
  }

  private static ReadResult read(SourceDocument document, MainText.Extraction extraction) {
    String name = document.url().orElse(document.location());
    Optional<Format> format = Format.detect(name, document.contentType(), document.text());
    return format
        .map(f -> reviewed(forFormat(f, extraction).read(document), document.location()))
        .orElseGet(
            () -> ReadResult.problem(
                Problem.skipped(document.location(), "unsupported file type")));
  }

  /**
   * The result with stubs trimmed, outlet names in their one spelling, and a second article under
   * an id already read from this document reported rather than silently overwriting the first.
   */
  private static ReadResult reviewed(ReadResult result, String location) {
    ReadResult checked = Completeness.check(result, location);
    List<Article> kept = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(checked.problems());
    Map<String, String> titleById = new HashMap<>();
    for (Article a : checked.articles()) {
      String earlier = titleById.putIfAbsent(a.id(), a.title());
      if (earlier != null) {
        problems.add(Problem.skipped(location, "\"" + a.title() + "\" has the same id (" + a.id()
            + ", the same link) as \"" + earlier + "\" earlier in this input; only the first is kept"));
        continue;
      }
      kept.add(new Article(a.id(), a.url(), a.title(), OutletNames.display(a.outlet()),
          a.authors(), a.published(), a.text()));
    }
    return new ReadResult(kept, problems, checked.notes());
  }
}
