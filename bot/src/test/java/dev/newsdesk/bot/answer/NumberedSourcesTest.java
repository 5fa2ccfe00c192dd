package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The numbered sources of an answer")
class NumberedSourcesTest {

  private static RetrievedPassage passage(String article, int ordinal, double score) {
    return new RetrievedPassage(article, ordinal, article + " passage " + ordinal, ordinal * 100, ordinal * 100 + 50,
        score, "Title " + article, "Outlet " + article, Optional.of("https://news.example/" + article),
        Optional.of(Instant.parse("2026-06-03T08:00:00Z")), List.of());
  }

  @Test
  @DisplayName("one source per article, numbered in the order of each article's best passage")
  void onePerArticleInRankOrder() {
    NumberedSources sources = NumberedSources.of(List.of(
        passage("b", 3, 0.9), passage("a", 0, 0.8), passage("b", 1, 0.7), passage("c", 2, 0.6)));

    assertThat(sources.all()).extracting(NumberedSource::n).containsExactly(1, 2, 3);
    assertThat(sources.all()).extracting(NumberedSource::articleId).containsExactly("b", "a", "c");
    assertThat(sources.number(1).orElseThrow().passages()).extracting(RetrievedPassage::ordinal).containsExactly(1, 3);
  }

  @Test
  @DisplayName("a source's text joins its passages in article order, marking the gap")
  void textInArticleOrder() {
    NumberedSource b = NumberedSources.of(List.of(passage("b", 3, 0.9), passage("b", 1, 0.7))).number(1).orElseThrow();
    assertThat(b.text()).isEqualTo("b passage 1\n…\nb passage 3");
    assertThat(b.published()).contains(LocalDate.of(2026, 6, 3));
    assertThat(b.url()).contains("https://news.example/b");
  }

  @Test
  @DisplayName("overlapping passages are joined without repeating the text they share")
  void overlapJoinedOnce() {
    RetrievedPassage first = new RetrievedPassage("o", 0, "Alpha beta gamma.", 0, 17, 1, "T", "O", Optional.empty(),
        Optional.empty(), List.of());
    RetrievedPassage second = new RetrievedPassage("o", 1, "gamma. Delta epsilon zeta.", 11, 37, 1, "T", "O",
        Optional.empty(), Optional.empty(), List.of());
    assertThat(NumberedSources.of(List.of(second, first)).number(1).orElseThrow().text())
        .isEqualTo("Alpha beta gamma. Delta epsilon zeta.");
  }

  @Test
  @DisplayName("a number outside 1..size names no source")
  void outOfRange() {
    NumberedSources sources = NumberedSources.of(List.of(passage("a", 0, 1)));
    assertThat(sources.number(0)).isEmpty();
    assertThat(sources.number(2)).isEmpty();
    assertThat(sources.numberOf(passage("a", 4, 0.1))).isEqualTo(1);
    assertThatThrownBy(() -> sources.numberOf(passage("z", 0, 1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("cited as another number, a source keeps its article and excerpt")
  void citedRenumbers() {
    Source cited = NumberedSources.of(List.of(passage("a", 0, 1), passage("b", 0, 1))).number(2).orElseThrow().cited(1);
    assertThat(cited.n()).isEqualTo(1);
    assertThat(cited.articleId()).isEqualTo("b");
    assertThat(cited.excerpt()).isEqualTo("b passage 0");
  }
}
