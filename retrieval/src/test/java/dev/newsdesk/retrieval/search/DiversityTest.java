package dev.newsdesk.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keeping the top of a ranking varied")
class DiversityTest {

  private static final String STORY =
      "Dock workers at the Port of Brennick voted to strike over pay after talks with the port authority broke down on Tuesday.";

  private static RetrievedPassage passage(String article, int ordinal, String text, String day) {
    return new RetrievedPassage(article, ordinal, text, 0, text.length(), 1.0, "Title " + article, "Outlet",
        Optional.empty(), Optional.of(Instant.parse(day + "T08:00:00Z")), List.of());
  }

  private static List<String> ids(List<RetrievedPassage> kept) {
    return kept.stream().map(p -> p.articleId() + "#" + p.ordinal()).toList();
  }

  private final Diversity diversity = new Diversity(0.6);

  @Test
  @DisplayName("a syndicated copy collapses into the earliest published copy, which takes the better place")
  void syndicatedCopiesCollapse() {
    List<RetrievedPassage> ranked = List.of(
        passage("late-copy", 0, STORY, "2026-06-04"),
        passage("other", 0, "The ferry to Gull Island will run every forty minutes from Monday.", "2026-06-01"),
        passage("original", 0, STORY, "2026-06-03"));
    assertThat(ids(diversity.select(ranked.iterator(), 3, 2))).containsExactly("original#0", "other#0");
  }

  @Test
  @DisplayName("no article takes more than its share of places")
  void perArticleCap() {
    List<RetrievedPassage> ranked = List.of(
        passage("a", 0, "first passage of a about the harbour budget", "2026-06-01"),
        passage("a", 1, "second passage of a about harbour dredging plans", "2026-06-01"),
        passage("a", 2, "third passage of a about the harbour master", "2026-06-01"),
        passage("b", 0, "only passage of b about a tram line", "2026-06-02"));
    assertThat(ids(diversity.select(ranked.iterator(), 3, 2))).containsExactly("a#0", "a#1", "b#0");
  }

  @Test
  @DisplayName("passages of one article are never merged as copies of each other")
  void sameArticleNotCopies() {
    List<RetrievedPassage> ranked = List.of(passage("a", 0, STORY, "2026-06-01"), passage("a", 1, STORY, "2026-06-01"));
    assertThat(diversity.select(ranked.iterator(), 5, 2)).hasSize(2);
  }

  @Test
  @DisplayName("it stops at k")
  void stopsAtK() {
    List<RetrievedPassage> ranked = List.of(
        passage("a", 0, "the tram extension was approved by the council", "2026-06-01"),
        passage("b", 0, "a heatwave broke the regional temperature record", "2026-06-02"),
        passage("c", 0, "the oat milk recall was traced to a faulty seal", "2026-06-03"));
    assertThat(ids(diversity.select(ranked.iterator(), 2, 2))).containsExactly("a#0", "b#0");
  }
}
