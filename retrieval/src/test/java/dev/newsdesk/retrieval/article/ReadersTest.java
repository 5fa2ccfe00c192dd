package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Readers")
class ReadersTest {

  @ParameterizedTest(name = "{0} gives {1} article(s) with title, date and URL")
  @CsvSource({
    "article.txt, 1",
    "article.md, 1",
    "article.html, 1",
    "article-og.html, 1",
    "articles.json, 2",
    "articles.jsonl, 2",
    "feed-rss.xml, 2",
    "feed-atom.xml, 2",
  })
  void should_read_every_sample_format_into_complete_articles(String file, int count) {
    ReadResult result = Readers.read(TestInputs.input(file));

    assertThat(result.articles()).hasSize(count);
    assertThat(result.articles())
        .allSatisfy(
            article -> {
              assertThat(article.title()).isNotBlank();
              assertThat(article.published()).isPresent();
              assertThat(article.url()).isPresent();
              assertThat(article.text()).isNotBlank();
            });
  }

  @Test
  void should_detect_the_format_of_a_fetched_page_from_its_content_type() {
    SourceDocument page =
        TestInputs.fetched(
            "https://news.example/latest",
            "text/html; charset=UTF-8",
            "<html><body><article><p>The pier reopened.</p></article></body></html>");

    ReadResult result = Readers.read(page);

    assertThat(result.articles()).extracting(Article::text).containsExactly("The pier reopened.");
  }

  @Test
  void should_skip_an_unsupported_file_type() {
    ReadResult result = Readers.read(SourceDocument.ofFile("docs/report.pdf", "%PDF-1.7"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.problems())
        .containsExactly(Problem.skipped("docs/report.pdf", "unsupported file type"));
  }

  @Test
  void should_serve_as_an_article_reader_itself() {
    ArticleReader reader = Readers::read;

    ReadResult result =
        reader.read(new SourceDocument("n.md", "# T\n\nBody.", Optional.empty(), Optional.empty()));

    assertThat(result.articles()).extracting(Article::title).containsExactly("T");
  }
}
