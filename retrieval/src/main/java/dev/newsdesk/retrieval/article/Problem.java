package dev.newsdesk.retrieval.article;

import java.util.Objects;

/**
 * Something in the input that could not become an article, with where it is and why.
 *
 * <p>{@code location} names the place precisely enough to find it: a file, {@code file:line}, or
 * {@code feed item 3}. {@code reason} is written for the person who has to fix the input.
 */
public record Problem(Kind kind, String location, String reason) {

  /** Whether the item was deliberately passed over or could not be read. */
  public enum Kind {
    /** Read, but not an article (no text, a type Newsdesk does not read). */
    SKIPPED,
    /** Could not be read (malformed, unreadable, too large). */
    FAILED,
    /** Read and kept, but something about it needs a look (an unreadable date, a stub). */
    WARNING
  }

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  public static Problem failed(String location, String reason) {
    return new Problem(Kind.FAILED, location, reason);
  }

  public static Problem warning(String location, String reason) {
    return new Problem(Kind.WARNING, location, reason);
  }

  public static Problem skipped(String location, String reason) {
    return new Problem(Kind.SKIPPED, location, reason);
  }

  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
