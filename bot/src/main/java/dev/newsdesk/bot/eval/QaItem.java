package dev.newsdesk.bot.eval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer-quality item: the turns a user types (one question, or two for a follow-up or a
 * topic shift; only the last turn's answer is scored), the optional as-of instant, and what a
 * correct answer holds.
 *
 * <p>{@code must} is a list of groups of alternative phrases: the answer is correct when, for every
 * group, at least one of its phrases appears in the answer text. An item with {@code abstain} set
 * has no groups and no article: the news does not answer it, and only an abstention is correct.
 */
public record QaItem(
    String id, String kind, List<String> turns, Optional<Instant> asOf, List<List<String>> must,
    Optional<String> url, boolean abstain) {

  public QaItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(url, "url");
    turns = List.copyOf(turns);
    must = must.stream().map(List::copyOf).toList();
    if (id.isBlank() || kind.isBlank()) {
      throw new IllegalArgumentException("an item needs an id and a kind");
    }
    if (turns.isEmpty() || turns.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(id + ": turns must be one or more non-blank questions");
    }
    if (abstain && !must.isEmpty()) {
      throw new IllegalArgumentException(id + ": an abstain item has no must phrases");
    }
    if (!abstain && (must.isEmpty() || must.stream().anyMatch(g -> g.isEmpty() || g.stream().anyMatch(String::isBlank)))) {
      throw new IllegalArgumentException(id + ": must needs at least one group, each with non-blank phrases");
    }
  }

  /** The question whose answer is scored: the last turn. */
  public String scoredTurn() {
    return turns.get(turns.size() - 1);
  }
}
