package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Checking a draft's citations")
class CitationCheckerTest {

  private final CitationChecker checker = new CitationChecker();

  private static RetrievedPassage source(String id) {
    return new RetrievedPassage(id, 0, "text " + id, 0, 7, 1, "Title " + id, "Outlet", Optional.empty(),
        Optional.empty(), List.of());
  }

  private final NumberedSources three = NumberedSources.of(List.of(source("a"), source("b"), source("c")));

  @Test
  void should_split_adjacent_and_listed_markers_and_renumber_by_first_citation() {
    CitationChecker.Checked checked = checker.check("C said so [3][1]. B agreed [2, 3]. Range [1-2].", three);
    assertThat(checked.text()).isEqualTo("C said so [1] [2]. B agreed [3] [1]. Range [2] [3].");
    assertThat(checked.sources()).extracting(Source::articleId).containsExactly("c", "a", "b");
    assertThat(checked.sources()).extracting(Source::n).containsExactly(1, 2, 3);
  }

  @Test
  void should_drop_markers_of_sources_never_given_and_count_them() {
    CitationChecker.Checked checked = checker.check("Fact [4] [1]. Other fact [0] [2].", three);
    assertThat(checked.text()).isEqualTo("Fact [1]. Other fact [2].");
    assertThat(checked.removed()).isEqualTo(2);
    assertThat(checked.sources()).extracting(Source::articleId).containsExactly("a", "b");
  }

  @Test
  void should_drop_a_sentence_whose_only_citations_were_invented() {
    CitationChecker.Checked checked = checker.check("The mayor resigned [9]. The ferry runs hourly [2].", three);
    assertThat(checked.text()).isEqualTo("The ferry runs hourly [1].");
    assertThat(checked.droppedSentences()).isEqualTo(1);
  }

  @Test
  void should_keep_an_uncited_sentence_beside_cited_ones() {
    assertThat(checker.check("In short: The ferry runs hourly [2].", three).text())
        .isEqualTo("In short: The ferry runs hourly [1].");
  }

  @Nested
  @DisplayName("reads the citation formats models write")
  class Formats {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Fact【2】.|Fact [1].",
        "Fact【2†source】.|Fact [1].",
        "Fact【2:0†news】.|Fact [1].",
        "Fact[^2].|Fact [1].",
        "Fact [source 2].|Fact [1].",
        "Fact [Source: 2].|Fact [1].",
        "Fact (Source 2).|Fact [1].",
        "Fact (sources 2 and 3).|Fact [1] [2].",
        "Fact [2, 3].|Fact [1] [2].",
        "Fact [^3][^2].|Fact [1] [2].",
    })
    void normalised(String draft, String shown) {
      CitationChecker.Checked checked = checker.check(draft, three);
      assertThat(checked.text()).isEqualTo(shown);
      assertThat(checked.sources()).isNotEmpty();
    }
  }
}
