package dev.newsdesk.bot.eval;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.retrieval.eval.Percentiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Puts each item's turns to the real answering service, in a conversation of its own and with the
 * item's as-of instant, and scores the last turn's answer with {@link QaCheck}. Latency is
 * measured per turn (each call to the service), in milliseconds.
 */
public final class QaRun {

  private final AnsweringService answering;
  private final QaCheck check = new QaCheck();

  public QaRun(AnsweringService answering) {
    this.answering = answering;
  }

  /** One item's outcome: the answer to each turn, the last answer's verdict, each turn's latency. */
  public record Result(QaItem item, List<Answer> answers, QaCheck.Verdict verdict, List<Double> latenciesMs) {
    public Result {
      answers = List.copyOf(answers);
      latenciesMs = List.copyOf(latenciesMs);
    }

    public Answer scored() {
      return answers.get(answers.size() - 1);
    }
  }

  /** Correct and first-sentence-correct counts of one kind (or of all items). */
  public record Row(String kind, int items, int correct, int firstSentenceCorrect, boolean firstSentenceApplies) {
    public double correctShare() {
      return items == 0 ? 0 : (double) correct / items;
    }

    public double firstSentenceShare() {
      return items == 0 ? 0 : (double) firstSentenceCorrect / items;
    }
  }

  /**
   * The scores: a row per kind in the order kinds first appear, a row for all items (where an
   * abstain item's first-sentence verdict is its verdict), and the per-turn latency p50 and p99.
   */
  public record Summary(List<Row> kinds, Row all, double latencyP50Ms, double latencyP99Ms) {
    public Summary {
      kinds = List.copyOf(kinds);
    }
  }

  /** Runs every item, handing each result to {@code each} as it is scored. */
  public Summary run(List<QaItem> items, Consumer<Result> each) {
    List<Result> results = new ArrayList<>();
    for (QaItem item : items) {
      Result result = run(item);
      results.add(result);
      each.accept(result);
    }
    return summarise(results);
  }

  Result run(QaItem item) {
    String conversation = "qa-" + item.id() + "-" + System.nanoTime();
    List<Answer> answers = new ArrayList<>();
    List<Double> latencies = new ArrayList<>();
    for (String turn : item.turns()) {
      Question question = new Question(turn, Optional.of(conversation), item.asOf(), Set.of());
      long start = System.nanoTime();
      Answer answer;
      try {
        answer = answering.answer(question, AnswerListener.NONE);
      } catch (RejectedQuestionException e) {
        answer = new Answer("(question rejected: " + e.getMessage() + ")", false, List.of());
      }
      latencies.add((System.nanoTime() - start) / 1e6);
      answers.add(answer);
    }
    answering.reset(conversation);
    return new Result(item, answers, check.check(item, answers.get(answers.size() - 1)), latencies);
  }

  static Summary summarise(List<Result> results) {
    Map<String, List<Result>> byKind = new LinkedHashMap<>();
    results.forEach(r -> byKind.computeIfAbsent(r.item().kind(), k -> new ArrayList<>()).add(r));
    List<Row> rows = new ArrayList<>();
    byKind.forEach((kind, list) -> rows.add(row(kind, list)));
    double[] latencies = results.stream().flatMap(r -> r.latenciesMs().stream())
        .mapToDouble(Double::doubleValue).sorted().toArray();
    return new Summary(rows, row("all", results), Percentiles.of(latencies, 50), Percentiles.of(latencies, 99));
  }

  private static Row row(String kind, List<Result> results) {
    int correct = (int) results.stream().filter(r -> r.verdict().correct()).count();
    int first = (int) results.stream().filter(r -> r.verdict().firstSentenceCorrect()).count();
    boolean applies = results.stream().anyMatch(r -> !r.item().abstain());
    return new Row(kind, results.size(), correct, first, applies);
  }
}
