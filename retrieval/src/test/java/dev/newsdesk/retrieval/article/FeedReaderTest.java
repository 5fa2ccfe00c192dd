package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("FeedReader")
class FeedReaderTest {

  private final FeedReader reader = new FeedReader();

  @Nested
  @DisplayName("reading an RSS 2.0 feed")
  class Rss {

    private final ReadResult result = reader.read(TestInputs.input("feed-rss.xml"));

    @Test
    void makes_one_article_per_item_with_the_feed_title_as_outlet() {
      assertThat(result.problems()).isEmpty();
      assertThat(result.articles())
          .extracting(Article::title)
          .containsExactly("Ice festival draws record crowd", "Boat ramp repairs approved");
      assertThat(result.articles()).extracting(Article::outlet).containsOnly("Lakeside Daily");
    }

    @Test
    void prefers_the_full_content_over_the_description() {
      Article first = result.articles().get(0);

      assertThat(first.text())
          .isEqualTo(
              "More than 20,000 people visited the ice festival on the frozen lake.\n\n"
                  + "Organisers said the sculptures would stay up until the thaw.");
      assertThat(first.url()).contains("https://lakeside-daily.example/events/ice-festival");
      assertThat(first.published()).contains(Instant.parse("2025-03-11T09:00:00Z"));
      assertThat(first.authors()).containsExactly("Nora Lindqvist");
    }

    @Test
    void reads_the_description_and_the_name_in_an_rss_author() {
      Article second = result.articles().get(1);

      assertThat(second.text()).isEqualTo("The council approved repairs to the north boat ramp.");
      assertThat(second.published()).contains(Instant.parse("2025-03-12T14:30:00Z"));
      assertThat(second.authors()).containsExactly("Arvid Holm");
    }
  }

  @Test
  void should_read_atom_entries_with_content_summary_and_updated_date() {
    ReadResult result = reader.read(TestInputs.input("feed-atom.xml"));

    assertThat(result.articles()).hasSize(2);
    Article first = result.articles().get(0);
    Article second = result.articles().get(1);
    assertThat(first.title()).isEqualTo("Observatory reopens to visitors");
    assertThat(first.outlet()).isEqualTo("Hilltop Observer");
    assertThat(first.url())
        .contains("https://hilltop-observer.example/science/observatory-reopens");
    assertThat(first.published()).contains(Instant.parse("2025-03-13T08:00:00Z"));
    assertThat(first.authors()).containsExactly("Elif Demir");
    assertThat(first.text())
        .isEqualTo(
            "The hilltop observatory reopened to visitors after a two-year renovation.\n\n"
                + "Guided tours start every evening at eight.");
    assertThat(second.published()).contains(Instant.parse("2025-03-12T16:45:00Z"));
    assertThat(second.text())
        .isEqualTo("The ranger office published a new trail map with three added routes.");
  }

  @Test
  void should_report_malformed_xml_as_failed_with_its_line() {
    ReadResult result = reader.read(TestInputs.input("malformed-feed.xml"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().get(0);
    assertThat(problem.kind()).isEqualTo(Problem.Kind.FAILED);
    assertThat(problem.location()).isEqualTo("inputs/malformed-feed.xml");
    assertThat(problem.reason()).startsWith("malformed feed: ").endsWith("(line 8)");
  }

  @Test
  void should_take_the_date_from_dc_date_when_there_is_no_pub_date() {
    String rss =
        "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
            + "<title>T</title><item><title>Dated</title><link>https://t.example/d</link>"
            + "<dc:date>2025-03-14T06:00:00Z</dc:date><description>Text.</description></item>"
            + "</channel></rss>";

    Article article = reader.read(SourceDocument.ofFile("t.xml", rss)).articles().get(0);

    assertThat(article.published()).contains(Instant.parse("2025-03-14T06:00:00Z"));
  }

  @Test
  void should_skip_an_item_with_neither_link_nor_text() {
    String rss =
        "<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>Only a title</title></item>"
            + "<item><title>Ok</title><link>https://t.example/ok</link></item>"
            + "</channel></rss>";

    ReadResult result = reader.read(SourceDocument.ofFile("t.xml", rss));

    assertThat(result.articles()).extracting(Article::title).containsExactly("Ok");
    assertThat(result.problems())
        .containsExactly(Problem.skipped("t.xml item 1", "entry has neither a link nor text"));
  }

  @Test
  void should_refuse_a_doctype_so_external_entities_are_never_resolved() {
    String rss =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title>"
            + "<item><title>x</title><link>https://t.example/x</link></item></channel></rss>";

    ReadResult result = reader.read(SourceDocument.ofFile("evil.xml", rss));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            Problem.failed(
                "evil.xml",
                "malformed feed: a DOCTYPE is not allowed in a feed (it could pull in external"
                    + " entities) (line 1)"));
  }

  @Test
  void should_say_so_when_the_xml_is_not_a_feed() {
    String xml = "<?xml version=\"1.0\"?><urlset><url>https://t.example/</url></urlset>";

    ReadResult result = reader.read(SourceDocument.ofFile("sitemap.xml", xml));

    assertThat(result.problems())
        .containsExactly(Problem.failed("sitemap.xml", "malformed feed: not an RSS or Atom feed"));
  }
}
