package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("JsonReader")
class JsonReaderTest {

  @Nested
  @DisplayName("reading a JSON array of articles")
  class JsonArray {

    private final ReadResult result = JsonReader.forJson().read(TestInputs.input("articles.json"));

    @Test
    void reads_every_object_with_its_fields_under_any_of_their_names() {
      assertThat(result.problems()).isEmpty();
      assertThat(result.articles())
          .extracting(Article::title, Article::outlet)
          .containsExactly(
              tuple("School garden harvests first pumpkins", "Oakridge Times"),
              tuple("Cycling club repaints the river path", "Oakridge Times"));
    }

    @Test
    void reads_urls_dates_and_authors_in_their_different_shapes() {
      Article first = result.articles().get(0);
      Article second = result.articles().get(1);

      assertThat(first.url()).contains("https://oakridge-times.example/schools/garden-pumpkins");
      assertThat(first.published()).contains(Instant.parse("2025-03-08T07:00:00Z"));
      assertThat(first.authors()).containsExactly("Jonas Berg");
      assertThat(second.url()).contains("https://oakridge-times.example/sport/river-path");
      assertThat(second.published()).contains(Instant.parse("2025-03-09T00:00:00Z"));
      assertThat(second.authors()).containsExactly("Hana Sato", "Leo Marsh");
    }

    @Test
    void turns_html_content_into_paragraphs() {
      assertThat(result.articles().get(0).text())
          .isEqualTo(
              "Pupils at Oakridge Primary harvested the first pumpkins from their new garden.\n\n"
                  + "The vegetables will be served at the school canteen next week.");
    }
  }

  @Nested
  @DisplayName("reading JSON Lines with a malformed line in the middle")
  class JsonLines {

    private final ReadResult result =
        JsonReader.forJsonLines().read(TestInputs.input("articles.jsonl"));

    @Test
    void reads_the_good_lines() {
      assertThat(result.articles())
          .extracting(Article::title)
          .containsExactly("Market hall gets solar roof", "Harbour seals counted");
      assertThat(result.articles().get(1).published())
          .contains(Instant.parse("2025-03-11T00:00:00Z"));
    }

    @Test
    void reports_the_bad_line_by_its_number() {
      assertThat(result.problems()).hasSize(1);
      Problem problem = result.problems().get(0);
      assertThat(problem.kind()).isEqualTo(Problem.Kind.FAILED);
      assertThat(problem.location()).isEqualTo("inputs/articles.jsonl:2");
      assertThat(problem.reason()).startsWith("truncated JSON: unexpected end of input at column");
    }
  }

  @Test
  void should_report_truncated_json_with_line_and_column() {
    ReadResult result = JsonReader.forJson().read(TestInputs.input("truncated.json"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            Problem.failed(
                "inputs/truncated.json",
                "truncated JSON: unexpected end of input at line 1, column 83"));
  }

  @Test
  void should_report_a_syntax_error_in_plain_words() {
    ReadResult result =
        JsonReader.forJson().read(SourceDocument.ofFile("bad.json", "{\n  \"title\": \"x\",\n}"));

    assertThat(result.problems().get(0).toString())
        .isEqualTo(
            "bad.json: malformed JSON: unexpected character ('}'): was expecting double-quote to"
                + " start field name at line 3, column 1");
  }

  @Test
  void should_skip_a_record_without_text_and_say_which_fields_were_expected() {
    String lines = "{\"title\": \"No body\"}\n\n{\"title\": \"T\", \"text\": \"Body.\"}\n";

    ReadResult result = JsonReader.forJsonLines().read(SourceDocument.ofFile("f.jsonl", lines));

    assertThat(result.articles()).extracting(Article::title).containsExactly("T");
    assertThat(result.problems())
        .containsExactly(
            Problem.skipped(
                "f.jsonl:1", "record has no text (expected one of text, body, content)"));
  }

  @Test
  void should_make_a_title_from_the_first_sentence_when_there_is_none() {
    String json = "{\"text\": \"The bridge reopened today. Traffic is light.\"}";

    ReadResult result = JsonReader.forJson().read(SourceDocument.ofFile("a.json", json));

    Article article = result.articles().get(0);

    assertThat(article.title()).isEqualTo("The bridge reopened today");
  }

  @Test
  void should_read_articles_under_an_items_key_and_honour_an_id_only_without_url() {
    String json =
        "{\"status\": \"ok\", \"Items\": ["
            + "{\"id\": \"abc-1\", \"Headline\": \"A\", \"Body\": \"Text A.\"},"
            + "{\"id\": \"abc-2\", \"title\": \"B\", \"text\": \"Text B.\","
            + " \"url\": \"https://b.example/b\"}]}";

    ReadResult result = JsonReader.forJson().read(SourceDocument.ofFile("feed.json", json));

    assertThat(result.articles())
        .extracting(Article::id)
        .containsExactly("abc-1", ArticleId.fromUrl("https://b.example/b"));
  }

  @Test
  void should_ignore_a_byte_order_mark() {
    String json = "\uFEFF{\"title\": \"T\", \"text\": \"Body.\"}";

    ReadResult result = JsonReader.forJson().read(SourceDocument.ofFile("bom.json", json));

    assertThat(result.articles()).extracting(Article::title).containsExactly("T");
  }

  @Test
  void should_report_a_non_object_item_by_its_position() {
    ReadResult result =
        JsonReader.forJson().read(SourceDocument.ofFile("list.json", "[{\"text\": \"Ok.\"}, 42]"));

    assertThat(result.articles()).hasSize(1);
    assertThat(result.problems())
        .containsExactly(
            Problem.failed("list.json item 2", "expected a JSON object, found number"));
  }
}
