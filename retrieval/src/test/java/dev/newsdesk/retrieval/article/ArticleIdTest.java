package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ArticleId")
class ArticleIdTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "https://www.outlet.example/2025/03/04/story/index.html",
        "https://www.outlet.example/2025/03/04/story/index.html/",
        "http://outlet.example/2025/03/04/story/",
        "https://OUTLET.example/2025/03/04/story?utm_source=feed#comments",
      })
  void should_give_one_id_to_every_link_to_the_same_story(String url) {
    assertThat(ArticleId.normaliseUrl(url)).isEqualTo("outlet.example/2025/03/04/story");
    assertThat(ArticleId.fromUrl(url))
        .isEqualTo(ArticleId.fromUrl("https://outlet.example/2025/03/04/story"));
  }

  @Test
  void should_keep_query_parameters_that_name_a_different_page() {
    assertThat(ArticleId.normaliseUrl("https://outlet.example/story?id=7&utm_medium=x"))
        .isEqualTo("outlet.example/story?id=7");
  }
}
