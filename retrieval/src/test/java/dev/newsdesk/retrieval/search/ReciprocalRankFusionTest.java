package dev.newsdesk.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009)")
class ReciprocalRankFusionTest {

  private static List<Object> ranking(int... docs) {
    return Arrays.stream(docs).<Object>mapToObj(doc -> doc).toList();
  }

  private static List<Object> order(List<ReciprocalRankFusion.Fused> fused) {
    return fused.stream().map(ReciprocalRankFusion.Fused::candidate).toList();
  }

  @Test
  @DisplayName("a document ranked well in both lists beats one ranked first in only one")
  void agreementWins() {
    // BM25: 1, 2, 3; vectors: 2, 3, 4 — doc 2 is 2nd and 1st, doc 1 is 1st and absent
    List<ReciprocalRankFusion.Fused> fused =
        ReciprocalRankFusion.fuse(List.of(ranking(1, 2, 3), ranking(2, 3, 4)), List.of(1.0, 1.0), 60);
    assertThat(order(fused)).containsExactly(2, 3, 1, 4);
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(1.0 / 61, within(1e-12));
  }

  @Test
  @DisplayName("the weights scale each list's contribution")
  void weightsScale() {
    List<ReciprocalRankFusion.Fused> fused =
        ReciprocalRankFusion.fuse(List.of(ranking(1, 2), ranking(2, 1)), List.of(1.0, 3.0), 60);
    assertThat(order(fused)).containsExactly(2, 1);
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 3.0 / 61, within(1e-12));
  }

  @Test
  @DisplayName("a small k lets one first place beat two fourth places; the usual k = 60 prefers the agreement")
  void kShapesTheCurve() {
    List<List<Object>> lists = List.of(ranking(1, 2, 3, 9), ranking(5, 6, 7, 9));
    List<Object> sharp = order(ReciprocalRankFusion.fuse(lists, List.of(1.0, 1.0), 1));
    assertThat(sharp.indexOf(1)).isLessThan(sharp.indexOf(9));
    assertThat(order(ReciprocalRankFusion.fuse(lists, List.of(1.0, 1.0), 60)).get(0)).isEqualTo(9);
  }

  @Test
  @DisplayName("one list alone keeps its order; no lists give nothing")
  void edgeCases() {
    assertThat(order(ReciprocalRankFusion.fuse(List.<List<Object>>of(ranking(5, 3, 9)), List.of(1.0), 60))).containsExactly(5, 3, 9);
    assertThat(ReciprocalRankFusion.fuse(List.of(ranking(), ranking()), List.of(1.0, 1.0), 60)).isEmpty();
  }
}
