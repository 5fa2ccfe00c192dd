package dev.newsdesk.retrieval.article;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DateParser} made of a date as written: the instant, or why there is none.
 *
 * <p>{@code problem} is a sentence for the ingest summary that quotes the raw value, such as
 * {@code ambiguous date "05/06/2026" (day and month could be either way)}; it is present exactly
 * when {@code instant} is empty.
 */
public record DateReading(Optional<Instant> instant, Optional<String> problem) {

  public DateReading {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(problem, "problem");
    if (instant.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a date reading has an instant or a problem, not both");
    }
  }

  static DateReading of(Instant instant) {
    return new DateReading(Optional.of(instant), Optional.empty());
  }

  static DateReading ambiguous(String raw) {
    return new DateReading(
        Optional.empty(),
        Optional.of("ambiguous date \"" + raw.strip() + "\" (day and month could be either way)"));
  }

  static DateReading unreadable(String raw) {
    return new DateReading(Optional.empty(), Optional.of("unreadable date \"" + raw.strip() + "\""));
  }
}
