package dev.newsdesk.retrieval.chunk;

import java.util.Objects;

/**
 * One sentence of a source text: {@code text} equals {@code source.substring(start, end)} and has
 * no surrounding whitespace.
 */
public record Sentence(String text, int start, int end) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "sentence offsets must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "sentence text has " + text.length() + " chars but offsets span " + (end - start));
    }
    if (!Words.isTrimmed(text)) {
      throw new IllegalArgumentException(
          "sentence text must be non-blank and trimmed: '" + text + "'");
    }
  }
}
