package dev.newsdesk.retrieval.chunk;

import java.util.Objects;

/**
 * One passage of an article, the unit that is indexed and cited: {@code text} equals {@code
 * articleText.substring(start, end)} and has no surrounding whitespace.
 */
public record Passage(int ordinal, String text, int start, int end) {

  public Passage {
    Objects.requireNonNull(text, "text");
    if (ordinal < 0) {
      throw new IllegalArgumentException("passage ordinal must be >= 0, got " + ordinal);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "passage offsets must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "passage text has " + text.length() + " chars but offsets span " + (end - start));
    }
    if (!Words.isTrimmed(text)) {
      throw new IllegalArgumentException("passage text must be non-blank and trimmed");
    }
  }
}
