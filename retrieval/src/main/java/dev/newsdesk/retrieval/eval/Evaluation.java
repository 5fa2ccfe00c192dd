package dev.newsdesk.retrieval.eval;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a question set against a retriever: each question is searched as of the end of the day it
 * was asked, scored against its gold articles, and answered by picking a choice from the passages.
 *
 * <p>The system under test sees only {@link EvalQuestion.Asked}; the answer and the gold ids are
 * used only to score what it returned.
 */
public final class Evaluation {

  static final int K = 10;

  private final Retriever retriever;
  private final ChoicePicker picker;
  private final int maxPerArticle;
  private final String mode;

  public Evaluation(Retriever retriever, ChoicePicker picker, int maxPerArticle, String mode) {
    this.retriever = retriever;
    this.picker = picker;
    this.maxPerArticle = maxPerArticle;
    this.mode = mode;
  }

  /** One question's outcome, as written to the report. */
  public record QuestionResult(
      String id, List<String> goldIds, List<String> retrievedArticleIds, int chosen, int answer,
      double latencyMs, RetrievalMetrics metrics) {
    public boolean correct() {
      return chosen == answer;
    }
  }

  public EvalSummary run(List<EvalQuestion> questions, Consumer<QuestionResult> each) {
    List<QuestionResult> results = new ArrayList<>();
    for (EvalQuestion question : questions) {
      QuestionResult result = run(question);
      results.add(result);
      each.accept(result);
    }
    return summarise(results);
  }

  private QuestionResult run(EvalQuestion question) {
    EvalQuestion.Asked asked = question.asked();
    Instant asOf = asked.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    long start = System.nanoTime();
    List<RetrievedPassage> passages = retriever.retrieve(
        SearchRequest.of(asked.question(), K).withMaxPerArticle(maxPerArticle).withAsOf(Optional.of(asOf)));
    double latencyMs = (System.nanoTime() - start) / 1e6;
    List<String> ids = passages.stream().map(RetrievedPassage::articleId).toList();
    String withChoices = asked.question() + " " + String.join(" ", asked.choices());
    List<RetrievedPassage> evidence = retriever.retrieve(
        SearchRequest.of(withChoices, K).withMaxPerArticle(maxPerArticle).withAsOf(Optional.of(asOf)));
    int chosen = asked.choices().isEmpty() ? -1 : picker.pick(asked, evidence);
    return new QuestionResult(question.id(), question.goldIds(), ids, chosen, question.answer(), latencyMs,
        RetrievalMetrics.of(ids, new HashSet<>(question.goldIds())));
  }

  private EvalSummary summarise(List<QuestionResult> results) {
    List<QuestionResult> gold = results.stream().filter(r -> !r.goldIds().isEmpty()).toList();
    double[] latencies = results.stream().mapToDouble(QuestionResult::latencyMs).sorted().toArray();
    return new EvalSummary(
        mode,
        results.size(),
        gold.size(),
        mean(gold, r -> r.metrics().hitsAt1()),
        mean(gold, r -> r.metrics().hitsAt5()),
        mean(gold, r -> r.metrics().hitsAt10()),
        mean(gold, r -> r.metrics().reciprocalRankAt10()),
        mean(results, r -> r.correct() ? 1 : 0),
        mean(gold, r -> r.correct() ? 1 : 0),
        Percentiles.of(latencies, 50),
        Percentiles.of(latencies, 99));
  }

  private static double mean(List<QuestionResult> results, java.util.function.ToDoubleFunction<QuestionResult> f) {
    return results.isEmpty() ? 0 : results.stream().mapToDouble(f).sum() / results.size();
  }
}
