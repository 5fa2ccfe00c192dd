package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Format.detect")
class FormatTest {

  private static final String RSS =
      "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>";

  @Nested
  @DisplayName("by extension")
  class ByExtension {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
      "story.txt, TEXT",
      "notes.TEXT, TEXT",
      "story.md, MARKDOWN",
      "story.markdown, MARKDOWN",
      "page.html, HTML",
      "page.htm, HTML",
      "page.xhtml, HTML",
      "dump.json, JSON",
      "dump.jsonl, JSON_LINES",
      "dump.ndjson, JSON_LINES",
      "news.rss, FEED",
      "news.atom, FEED",
      "/var/data/in/story.md, MARKDOWN",
      "https://outlet.example/2025/story.html?ref=home#top, HTML",
    })
    void known_extensions(String name, Format expected) {
      assertThat(Format.detect(name, Optional.empty(), "whatever")).contains(expected);
    }

    @Test
    void should_sniff_an_xml_file_for_a_feed_root() {
      assertThat(Format.detect("news.xml", Optional.empty(), RSS)).contains(Format.FEED);
      assertThat(Format.detect("atom.xml", Optional.empty(), "<feed xmlns=\"x\"></feed>"))
          .contains(Format.FEED);
      assertThat(Format.detect("rdf.xml", Optional.empty(), "<rdf:RDF xmlns:rdf=\"x\"/>"))
          .contains(Format.FEED);
      assertThat(Format.detect("pom.xml", Optional.empty(), "<project></project>")).isEmpty();
    }

    @Test
    void should_not_guess_at_an_unknown_extension() {
      assertThat(Format.detect("report.pdf", Optional.empty(), "%PDF-1.7 ...")).isEmpty();
      assertThat(Format.detect("table.csv", Optional.empty(), "a,b\n1,2")).isEmpty();
    }
  }

  @Nested
  @DisplayName("by content type")
  class ByContentType {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "text/html; charset=utf-8 | HTML",
          "application/xhtml+xml    | HTML",
          "application/rss+xml      | FEED",
          "application/atom+xml     | FEED",
          "application/json         | JSON",
          "application/x-ndjson     | JSON_LINES",
          "text/markdown            | MARKDOWN",
          "TEXT/PLAIN               | TEXT",
        })
    void known_media_types(String contentType, Format expected) {
      assertThat(Format.detect("https://outlet.example/news/latest", Optional.of(contentType), "x"))
          .contains(expected);
    }

    @Test
    void should_sniff_generic_xml_and_refuse_unknown_types() {
      assertThat(Format.detect("https://o.example/feed", Optional.of("text/xml"), RSS))
          .contains(Format.FEED);
      assertThat(Format.detect("https://o.example/doc", Optional.of("application/pdf"), "x"))
          .isEmpty();
    }

    @Test
    void should_let_a_known_extension_win_over_the_content_type() {
      assertThat(Format.detect("https://o.example/a.md", Optional.of("text/plain"), "# T"))
          .contains(Format.MARKDOWN);
    }
  }

  @Nested
  @DisplayName("by sniffing the text when there is no extension")
  class BySniffing {

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "'  <!DOCTYPE html><html></html>'                 | HTML",
          "'<html><body><p>x</p></body></html>'             | HTML",
          "'<?xml version=\"1.0\"?><rss version=\"2.0\"/>'  | FEED",
          "'{\"title\": \"x\"}'                             | JSON",
          "'[{\"title\": \"x\"}]'                           | JSON",
          "'---\ntitle: x\n---\nText'                       | MARKDOWN",
          "'# Heading\n\nText'                              | MARKDOWN",
          "'A headline\nSome story text.'                   | TEXT",
        })
    void shapes(String text, Format expected) {
      assertThat(Format.detect("README", Optional.empty(), text.replace("\\n", "\n")))
          .contains(expected);
    }

    @Test
    void should_recognise_json_lines_by_one_object_per_line() {
      String lines = "{\"title\": \"a\"}\n{\"title\": \"b\"}\n";

      assertThat(Format.detect("export", Optional.empty(), lines)).contains(Format.JSON_LINES);
    }

    @Test
    void should_give_up_on_blank_text_and_unknown_markup() {
      assertThat(Format.detect("x", Optional.empty(), "  \n ")).isEmpty();
      assertThat(Format.detect("x", Optional.empty(), "<svg></svg>")).isEmpty();
    }
  }
}
