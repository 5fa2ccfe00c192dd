package dev.newsdesk.retrieval.article;

import java.util.Optional;

/**
 * Picks the reader for a document's format; {@code Readers::read} is itself an {@link
 * ArticleReader} for documents of any supported format.
 */
public final class Readers {

  private Readers() {}

  /** The reader for documents of this format. */
  public static ArticleReader forFormat(Format format) {
    return switch (format) {
      case TEXT -> new PlainTextReader();
      case MARKDOWN -> new MarkdownReader();
      case HTML -> new HtmlReader();
      case JSON -> JsonReader.forJson();
      case JSON_LINES -> JsonReader.forJsonLines();
      case FEED -> new FeedReader();
    };
  }

  /**
   * The articles in this document, read in the format its name, content type or text gives away;
   * a skipped "unsupported file type" problem when none does.
   */
  public static ReadResult read(SourceDocument document) {
    String name = document.url().orElse(document.location());
    Optional<Format> format = Format.detect(name, document.contentType(), document.text());
    return format
        .map(f -> forFormat(f).read(document))
        .orElseGet(
            () -> ReadResult.problem(
                Problem.skipped(document.location(), "unsupported file type")));
  }
}
