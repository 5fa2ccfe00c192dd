package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checking a model's citations")
class CitationCheckerTest {

  private final CitationChecker checker = new CitationChecker();

  private static RetrievedPassage source(String id) {
    return new RetrievedPassage(id, 0, "text " + id, 0, 7, 1, "Title " + id, "Outlet", Optional.empty(),
        Optional.empty(), List.of());
  }

  private final List<RetrievedPassage> three = List.of(source("a"), source("b"), source("c"));

  @Test
  void should_split_adjacent_and_listed_markers_and_renumber_by_first_citation() {
    CitationChecker.Checked checked = checker.check("C said so [3][1]. B agreed [2, 3]. Range [1-2].", three);
    assertThat(checked.text()).isEqualTo("C said so [1] [2]. B agreed [3] [1]. Range [2] [3].");
    assertThat(checked.sources()).extracting(Source::articleId).containsExactly("c", "a", "b");
    assertThat(checked.sources()).extracting(Source::n).containsExactly(1, 2, 3);
  }

  @Test
  void should_drop_markers_of_sources_never_given_and_count_them() {
    CitationChecker.Checked checked = checker.check("Fact [4]. Other fact [0] [2].", three);
    assertThat(checked.text()).isEqualTo("Fact. Other fact [1].");
    assertThat(checked.removed()).isEqualTo(2);
    assertThat(checked.sources()).extracting(Source::articleId).containsExactly("b");
  }

  @Test
  void should_treat_full_width_brackets_as_markers() {
    assertThat(checker.check("Fact【2】.", three).text()).isEqualTo("Fact [1].");
  }

  @Test
  void should_recognise_an_abstention_only_when_nothing_is_cited() {
    assertThat(checker.check("The sources do not say.", three).abstained()).isTrue();
    assertThat(checker.check("The sources do not say much, but B did [2].", three).abstained()).isFalse();
  }
}
