package dev.newsdesk.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Evaluation metrics")
class EvaluationTest {

  @Nested
  @DisplayName("for one ranking")
  class OneRanking {

    @Test
    void should_score_a_gold_article_at_rank_three() {
      RetrievalMetrics m = RetrievalMetrics.of(List.of("a", "b", "g", "c"), Set.of("g"));
      assertThat(m.hitsAt1()).isZero();
      assertThat(m.hitsAt5()).isEqualTo(1.0);
      assertThat(m.hitsAt10()).isEqualTo(1.0);
      assertThat(m.reciprocalRankAt10()).isEqualTo(1.0 / 3);
    }

    @Test
    void should_use_the_first_of_several_gold_articles_and_ignore_ranks_past_ten() {
      assertThat(RetrievalMetrics.of(List.of("x", "g2", "g1"), Set.of("g1", "g2")).reciprocalRankAt10()).isEqualTo(0.5);
      List<String> eleven = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "h", "i", "j", "k"));
      eleven.add("g");
      RetrievalMetrics late = RetrievalMetrics.of(eleven, Set.of("g"));
      assertThat(late.hitsAt10()).isZero();
      assertThat(late.reciprocalRankAt10()).isZero();
    }
  }

  @Nested
  @DisplayName("over a hand-made question set")
  class QuestionSet {

    /** Rankings fixed per question, so the test checks the arithmetic and the as-of date only. */
    private final Map<String, List<String>> rankings = Map.of(
        "Who won the cup?", List.of("gold-1", "x"),
        "Where did the ferry go?", List.of("x", "y", "z", "w", "v", "gold-2"),
        "What did the mayor promise?", List.of("x", "y"),
        "Which quiz answer?", List.of("x"));
    private final List<SearchRequest> requests = new ArrayList<>();

    private final Function<SearchRequest, List<RetrievedPassage>> retriever = request -> {
      requests.add(request);
      List<String> ids = rankings.getOrDefault(request.query(), List.of());
      List<RetrievedPassage> out = new ArrayList<>();
      for (String id : ids) {
        out.add(new RetrievedPassage(id, 0, "text of " + id, 0, 10, 1.0, "t", "o", Optional.empty(),
            Optional.empty(), List.of()));
      }
      return out;
    };

    private EvalQuestion question(String id, String text, int answer, List<String> gold) {
      return new EvalQuestion(id, new EvalQuestion.Asked(LocalDate.of(2022, 6, 17), text, List.of("A", "B")), answer, gold);
    }

    @Test
    void should_average_retrieval_over_questions_with_gold_and_accuracy_over_all() {
      List<EvalQuestion> set = List.of(
          question("q1", "Who won the cup?", 0, List.of("gold-1")),
          question("q2", "Where did the ferry go?", 1, List.of("gold-2")),
          question("q3", "What did the mayor promise?", 0, List.of("gold-3")),
          question("q4", "Which quiz answer?", 1, List.of()));
      ChoicePicker alwaysFirst = (asked, passages) -> 0;

      EvalSummary summary = new Evaluation(retriever, alwaysFirst, 2, "test").run(set, r -> {});

      assertThat(summary.questions()).isEqualTo(4);
      assertThat(summary.questionsWithGold()).isEqualTo(3);
      assertThat(summary.hitsAt1()).isCloseTo(1.0 / 3, within(1e-9));
      assertThat(summary.hitsAt5()).isCloseTo(1.0 / 3, within(1e-9));
      assertThat(summary.hitsAt10()).isCloseTo(2.0 / 3, within(1e-9));
      assertThat(summary.mrrAt10()).isCloseTo((1.0 + 1.0 / 6) / 3, within(1e-9));
      assertThat(summary.mcAccuracy()).isEqualTo(0.5);
      assertThat(summary.mcAccuracyGold()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void should_search_as_of_the_end_of_the_day_the_question_was_asked() {
      new Evaluation(retriever, (a, p) -> 0, 2, "test")
          .run(List.of(question("q1", "Who won the cup?", 0, List.of("gold-1"))), r -> {});
      assertThat(requests).isNotEmpty().allSatisfy(r ->
          assertThat(r.asOf()).contains(Instant.parse("2022-06-17T23:59:59.999Z")));
    }
  }
}
