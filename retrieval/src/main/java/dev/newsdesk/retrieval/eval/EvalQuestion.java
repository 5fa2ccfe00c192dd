package dev.newsdesk.retrieval.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation question: what the system may see (id, date asked, text, choices) and, apart,
 * what only the scorer may see (the correct choice and the gold article ids).
 */
public record EvalQuestion(String id, Asked asked, int answer, List<String> goldIds) {

  public EvalQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asked, "asked");
    goldIds = List.copyOf(goldIds);
  }

  /** The part of a question the system under test is given: never the answer or the gold ids. */
  public record Asked(LocalDate date, String question, List<String> choices) {
    public Asked {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(question, "question");
      choices = List.copyOf(choices);
    }
  }

  public boolean hasGold() {
    return !goldIds.isEmpty();
  }
}
