package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MarkdownReader")
class MarkdownReaderTest {

  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void should_take_metadata_from_front_matter_when_present() {
    Article article = reader.read(TestInputs.input("article.md")).articles().get(0);

    assertThat(article.title()).isEqualTo("Library opens night reading room");
    assertThat(article.url())
        .contains("https://northfield-courier.example/news/library-night-room");
    assertThat(article.outlet()).isEqualTo("Northfield Courier");
    assertThat(article.authors()).containsExactly("Priya Natarajan", "Owen Hale");
    assertThat(article.published()).contains(Instant.parse("2025-03-05T00:00:00Z"));
  }

  @Test
  void should_strip_markdown_syntax_and_furniture_from_the_body() {
    Article article = reader.read(TestInputs.input("article.md")).articles().get(0);

    assertThat(article.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "The Northfield Public Library will keep its reading room open until midnight on"
                    + " weekdays, the city council decided.",
                "Who pays",
                "Staff costs come from the culture budget.",
                "Security is shared with the town hall.",
                "\"Students asked for this for years,\" said librarian Ada Brenner."));
  }

  @Test
  void should_take_the_first_heading_as_title_when_there_is_no_front_matter() {
    String markdown =
        "Intro line\n\n# The *real* headline\n\nBody with a [link](https://x.example).";

    Article article = reader.read(SourceDocument.ofFile("n.md", markdown)).articles().get(0);

    assertThat(article.title()).isEqualTo("The real headline");
    assertThat(article.text()).isEqualTo("Intro line\n\nBody with a link.");
  }

  @Test
  void should_read_an_author_list_written_as_yaml_items() {
    String markdown = "---\ntitle: T\nauthor:\n  - Ann Lee\n  - Bo Chen\n---\nText.";

    Article article = reader.read(SourceDocument.ofFile("n.md", markdown)).articles().get(0);

    assertThat(article.authors()).containsExactly("Ann Lee", "Bo Chen");
  }

  @Test
  void should_keep_code_blocks_as_text() {
    String markdown = "# Title\n\n```\nprint(1)\n```\nAfter.";

    Article article = reader.read(SourceDocument.ofFile("n.md", markdown)).articles().get(0);

    assertThat(article.text()).isEqualTo("print(1)\n\nAfter.");
  }

  @Test
  void should_skip_markdown_with_a_headline_but_no_body() {
    ReadResult result = reader.read(SourceDocument.ofFile("empty.md", "# Only a title\n"));

    assertThat(result.problems())
        .containsExactly(Problem.skipped("empty.md", "no article text after the headline"));
  }
}
