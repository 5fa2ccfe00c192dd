package dev.newsdesk.retrieval.search;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The publication-date range a question asks about: {@code from} inclusive, {@code to} exclusive,
 * and the exact words of the question that named it (for logging).
 */
public record TimeScope(Instant from, Instant to, String expression) {

  public TimeScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(expression, "expression");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "from must be before to, was from " + from + " to " + to + " for \"" + expression + "\"");
    }
  }

  /** Whether the range lies within one calendar day in UTC: its first and last millisecond share a date ("on 9 July"). */
  public boolean singleDay() {
    return from.atZone(ZoneOffset.UTC).toLocalDate().equals(to.minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate());
  }

  /** Whether the range is one calendar year in UTC, 1 January to 1 January ("in 2019"). */
  public boolean wholeYear() {
    LocalDateTime start = LocalDateTime.ofInstant(from, ZoneOffset.UTC);
    return start.getDayOfYear() == 1 && start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        && to.equals(start.plusYears(1).toInstant(ZoneOffset.UTC));
  }
}
