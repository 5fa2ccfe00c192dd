package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PlainTextReader")
class PlainTextReaderTest {

  private final PlainTextReader reader = new PlainTextReader();

  @Nested
  @DisplayName("reading the shared sample article")
  class SharedSample {

    private final ReadResult result =
        reader.read(TestInputs.sharedFixture("000_9779330d0ce9bd2a.txt"));

    @Test
    void finds_one_article_and_no_problem() {
      assertThat(result.articles()).hasSize(1);
      assertThat(result.problems()).isEmpty();
    }

    @Test
    void takes_the_first_line_as_headline_and_the_byline_as_author() {
      Article article = result.articles().get(0);

      assertThat(article.title())
          .isEqualTo(
              "The U.S. president confirmed discussions with the Russian leader over major"
                  + " economic transactions and the war in Ukraine.");
      assertThat(article.authors()).containsExactly("yourNEWS Media Newsroom");
    }

    @Test
    void keeps_the_story_without_the_tweet_or_the_footer() {
      String text = result.articles().get(0).text();

      assertThat(text)
          .startsWith("On the third anniversary")
          .contains("Talks are proceeding very well!” Trump wrote on Truth Social on Monday.")
          .doesNotContain("pic.twitter.com")
          .doesNotContain("@BehizyTweets")
          .doesNotContain("President Trump just announced")
          .doesNotContain("Leave a Comment")
          .doesNotContain("By yourNEWS");
    }
  }

  @Test
  void should_read_headers_headline_byline_and_date_when_all_are_present() {
    ReadResult result = reader.read(TestInputs.input("article.txt"));

    Article article = result.articles().get(0);
    assertThat(article.title()).isEqualTo("Ferry operator adds late sailings to island timetable");
    assertThat(article.url())
        .contains("https://www.harbourgazette.example/2025/03/04/ferry-timetable");
    assertThat(article.outlet()).isEqualTo("Harbour Gazette");
    assertThat(article.authors()).containsExactly("Mira Okafor", "Tomas Lind");
    assertThat(article.published()).contains(Instant.parse("2025-03-04T00:00:00Z"));
    assertThat(article.text())
        .isEqualTo(
            "The Bellhaven ferry operator will run two extra evening sailings to Gull Island from"
                + " April, the company said on Tuesday.\n\n"
                + "The change follows a petition signed by more than 1,200 island residents"
                + " who said the last boat left too early for shift workers.\n\n"
                + "\"We listened, and the numbers added up,\" said operations director"
                + " Ines Varga.");
  }

  @Test
  void should_split_a_byline_with_commas_and_and_into_authors() {
    SourceDocument doc =
        SourceDocument.ofFile(
            "a.txt", "Headline\nBy Ann Lee, Bo Chen and Cy Diaz\nFeb. 24, 2025\nText.");

    Article article = reader.read(doc).articles().get(0);

    assertThat(article.authors()).containsExactly("Ann Lee", "Bo Chen", "Cy Diaz");
    assertThat(article.published()).contains(Instant.parse("2025-02-24T00:00:00Z"));
    assertThat(article.text()).isEqualTo("Text.");
  }

  @Test
  void should_use_the_fetched_url_and_its_host_as_outlet_when_the_text_names_none() {
    SourceDocument doc =
        new SourceDocument(
            "https://www.quiet-town.example/story",
            "Headline\nThe story.",
            Optional.of("https://www.quiet-town.example/story"),
            Optional.of("text/plain"));

    Article article = reader.read(doc).articles().get(0);

    assertThat(article.url()).contains("https://www.quiet-town.example/story");
    assertThat(article.outlet()).isEqualTo("quiet-town.example");
  }

  @Test
  void should_skip_a_document_with_only_a_headline() {
    SourceDocument doc = SourceDocument.ofFile("notes/only-title.txt", "Just a title\n\n");

    ReadResult result = reader.read(doc);

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .containsExactly(
            Problem.skipped("notes/only-title.txt", "no article text after the headline"));
  }
}
