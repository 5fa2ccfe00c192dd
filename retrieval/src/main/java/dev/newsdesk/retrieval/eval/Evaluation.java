package dev.newsdesk.retrieval.eval;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a question set against a retriever: each question is searched as of the end of the day it
 * was asked, scored against its gold articles, and answered by picking a choice from the passages.
 *
 * <p>The system under test sees only {@link EvalQuestion.Asked}; the answer and the gold ids are
 * used only to score what it returned. Retrieval is scored on the passages found for the question
 * alone; the choice is picked from those and the passages found for the question with each choice.
 */
public final class Evaluation {

  static final int K = 10;
  static final int PER_CHOICE = 5;

  /** The search under test: a request's passages, best first (a retriever's, or the product's search as asked). */
  private final Function<SearchRequest, List<RetrievedPassage>> search;
  private final ChoicePicker picker;
  private final int maxPerArticle;
  private final String mode;

  public Evaluation(Function<SearchRequest, List<RetrievedPassage>> search, ChoicePicker picker, int maxPerArticle,
      String mode) {
    this.search = search;
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
    List<RetrievedPassage> passages = search.apply(
        SearchRequest.of(asked.question(), K).withMaxPerArticle(maxPerArticle).withAsOf(Optional.of(asOf)));
    double latencyMs = (System.nanoTime() - start) / 1e6;
    List<String> ids = passages.stream().map(RetrievedPassage::articleId).toList();
    List<RetrievedPassage> evidence = evidence(asked, passages, asOf);
    int chosen = asked.choices().isEmpty() ? -1 : picker.pick(asked, evidence);
    return new QuestionResult(question.id(), question.goldIds(), ids, chosen, question.answer(), latencyMs,
        RetrievalMetrics.of(ids, new HashSet<>(question.goldIds())));
  }

  /**
   * The passages a choice is picked from: those found for the question, and the best
   * {@value #PER_CHOICE} found for the question with each choice, interleaved by rank.
   */
  private List<RetrievedPassage> evidence(
      EvalQuestion.Asked asked, List<RetrievedPassage> forQuestion, Instant asOf) {
    List<List<RetrievedPassage>> lists = new ArrayList<>();
    lists.add(forQuestion);
    for (String choice : asked.choices()) {
      lists.add(search.apply(SearchRequest.of(asked.question() + " " + choice, PER_CHOICE)
          .withMaxPerArticle(maxPerArticle).withAsOf(Optional.of(asOf))));
    }
    Map<String, RetrievedPassage> pool = new LinkedHashMap<>();
    for (int rank = 0; rank < K; rank++) {
      for (List<RetrievedPassage> list : lists) {
        if (rank < list.size()) {
          RetrievedPassage p = list.get(rank);
          pool.putIfAbsent(p.articleId() + "#" + p.ordinal(), p);
        }
      }
    }
    return new ArrayList<>(pool.values());
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
