package dev.newsdesk.bot.answer;

import java.time.Instant;
import java.util.Objects;

/**
 * The publication dates a question's search was limited to: {@code from} inclusive, {@code to}
 * exclusive, the words of the question that named them, and whether the search had to drop them
 * because nothing relevant was published then.
 */
public record DatesSearched(Instant from, Instant to, String expression, boolean widened) {

  public DatesSearched {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(expression, "expression");
  }
}
