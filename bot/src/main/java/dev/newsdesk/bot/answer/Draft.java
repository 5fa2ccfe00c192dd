package dev.newsdesk.bot.answer;

import java.util.Objects;

/**
 * A composer's text before the citation check: its {@code [n]} markers (in any of the formats
 * {@link CitationChecker} reads) number the {@link NumberedSources} of the request; whether it
 * declines to answer; and how it was made.
 */
public record Draft(String text, boolean abstained, Provenance provenance) {

  public Draft {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** A draft that declines with the given text. */
  public static Draft abstention(String text, Provenance provenance) {
    return new Draft(text, true, provenance);
  }
}
