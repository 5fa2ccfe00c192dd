package dev.newsdesk.retrieval.article;

import java.util.Objects;
import java.util.Optional;

/**
 * One decoded input handed to a reader: its text and what is known about where it came from.
 *
 * <p>{@code location} is what problems are reported against (a path or URL). {@code url} is set
 * when the document was fetched from the web, so a page without a canonical link still gets one.
 * {@code contentType} is the HTTP media type when there was one.
 */
public record SourceDocument(
    String location, String text, Optional<String> url, Optional<String> contentType) {

  public SourceDocument {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
  }

  /** A document read from a local file. */
  public static SourceDocument ofFile(String location, String text) {
    return new SourceDocument(location, text, Optional.empty(), Optional.empty());
  }
}
