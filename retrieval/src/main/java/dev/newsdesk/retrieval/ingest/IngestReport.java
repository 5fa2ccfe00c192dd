package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Problem;
import java.time.Duration;
import java.util.List;

/** The outcome of an ingest run: what changed in the index, and every item that was not used. */
public record IngestReport(
    int added, int updated, int unchanged, long passages, List<Problem> problems, Duration elapsed) {

  public IngestReport {
    problems = List.copyOf(problems);
  }

  public List<Problem> skipped() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.SKIPPED).toList();
  }

  public List<Problem> failed() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.FAILED).toList();
  }

  /** Articles kept with something to look at: an unreadable date, a stub marked partial. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.kind() == Problem.Kind.WARNING).toList();
  }

  public boolean hasFailures() {
    return !failed().isEmpty();
  }

  /** Articles read successfully, whatever they did to the index. */
  public int articles() {
    return added + updated + unchanged;
  }
}
