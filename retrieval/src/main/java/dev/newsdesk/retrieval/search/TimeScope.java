package dev.newsdesk.retrieval.search;

import java.time.Instant;
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
}
