package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("HtmlReader")
class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  @Nested
  @DisplayName("on a page with JSON-LD, navigation, ads and a share bar")
  class JsonLdPage {

    private final ReadResult result = reader.read(TestInputs.input("article.html"));
    private final Article article = result.articles().get(0);

    @Test
    void takes_headline_outlet_authors_and_date_from_json_ld() {
      assertThat(result.problems()).isEmpty();
      assertThat(article.title()).isEqualTo("Tram line reaches the old harbour");
      assertThat(article.outlet()).isEqualTo("Riverside Ledger");
      assertThat(article.authors()).containsExactly("Lena Fischer", "Sam Ortiz");
      assertThat(article.published()).contains(Instant.parse("2025-03-06T07:30:00Z"));
    }

    @Test
    void takes_the_url_from_the_canonical_link() {
      assertThat(article.url())
          .contains("https://www.riverside-ledger.example/city/tram-old-harbour?utm_source=feed");
      assertThat(article.id())
          .isEqualTo(ArticleId.fromUrl("https://riverside-ledger.example/city/tram-old-harbour"));
    }

    @Test
    void keeps_the_story_paragraphs_and_subheadings_without_repeating_the_headline() {
      assertThat(article.text())
          .isEqualTo(
              String.join(
                  "\n\n",
                  "The extended tram line 4 carried its first passengers to the old harbour on"
                      + " Thursday morning.",
                  "City engineers said the two new stops were finished three weeks ahead of"
                      + " schedule.",
                  "Fares stay the same",
                  "Tickets cost the same as on the rest of the network, the transport authority"
                      + " confirmed."));
    }

    @Test
    void leaves_out_navigation_ads_share_bar_captions_related_links_and_comments() {
      assertThat(article.text())
          .doesNotContain("menu")
          .doesNotContain("sofas")
          .doesNotContain("Share on Facebook")
          .doesNotContain("Tweet this")
          .doesNotContain("Photo caption")
          .doesNotContain("Bus depot")
          .doesNotContain("morning briefing")
          .doesNotContain("Reader comment")
          .doesNotContain("Contact the newsroom")
          .doesNotContain("tracking");
    }
  }

  @Test
  void should_use_open_graph_and_meta_tags_when_there_is_no_json_ld() {
    ReadResult result = reader.read(TestInputs.input("article-og.html"));

    Article article = result.articles().get(0);
    assertThat(article.title()).isEqualTo("Bakery wins regional bread prize");
    assertThat(article.url()).contains("https://valleypost.example/food/bakery-bread-prize");
    assertThat(article.outlet()).isEqualTo("Valley Post");
    assertThat(article.authors()).containsExactly("Carla Mendes");
    assertThat(article.published()).contains(Instant.parse("2025-03-07T10:15:00Z"));
    assertThat(article.text())
        .isEqualTo(
            "A family bakery from Elmbrook has won the regional prize for its rye sourdough.\n\n"
                + "The judges praised the crust and said the loaf kept fresh for four days.");
  }

  @Test
  void should_read_a_page_with_unclosed_tags() {
    ReadResult result = reader.read(TestInputs.input("broken.html"));

    Article article = result.articles().get(0);
    assertThat(article.title()).isEqualTo("Storm closes coastal road");
    assertThat(article.text())
        .contains("A winter storm closed the coastal road")
        .contains("reopen one lane by Friday evening.")
        .contains("Drivers are asked to use the inland route through Millford.")
        .doesNotContain("Advertisement");
  }

  @Test
  void should_strip_the_site_name_from_the_title_element() {
    String html =
        "<html><head><title>Dam inspection passes | Dale Tribune</title>"
            + "<meta property='og:site_name' content='Dale Tribune'></head>"
            + "<body><p>The dam passed its yearly inspection.</p></body></html>";

    Article article = reader.read(SourceDocument.ofFile("dam.html", html)).articles().get(0);

    assertThat(article.title()).isEqualTo("Dam inspection passes");
  }

  @Test
  void should_prefer_the_json_ld_article_body_and_fall_back_to_the_fetched_url() {
    String html =
        "<html><head><script type='application/ld+json'>"
            + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Pier reopens\","
            + "\"articleBody\":\"The pier reopened on Sunday.\"}</script></head>"
            + "<body><p>Cookie banner text</p></body></html>";
    SourceDocument doc =
        TestInputs.fetched("https://www.pier-news.example/pier", "text/html", html);

    Article article = reader.read(doc).articles().get(0);

    assertThat(article.text()).isEqualTo("The pier reopened on Sunday.");
    assertThat(article.url()).contains("https://www.pier-news.example/pier");
    assertThat(article.outlet()).isEqualTo("pier-news.example");
  }

  @Test
  void should_report_a_page_without_text_as_failed() {
    String html = "<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>";

    ReadResult result = reader.read(SourceDocument.ofFile("empty.html", html));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .containsExactly(Problem.failed("empty.html", "no article text found in the HTML"));
  }
}
