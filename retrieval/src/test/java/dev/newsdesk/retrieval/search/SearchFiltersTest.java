package dev.newsdesk.retrieval.search;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Search filters: dates, as-of and outlets")
class SearchFiltersTest {

  @TempDir static Path folder;
  static NewsIndex index;

  @BeforeAll
  static void index() {
    index = NewsIndex.openForWriting(folder);
    PassageSplitter splitter = new PassageSplitter();
    List<Article> articles = List.of(
        article("june", "Harbour dues rise", "Harbor Gazette", "2026-06-10", "The harbour board raised harbour dues by four percent."),
        article("july", "Harbour dredging", "Valley Wire", "2026-07-10", "The harbour board began dredging the eastern harbour channel."),
        article("august", "Harbour festival", "Harbor Gazette", "2026-08-10", "The harbour festival drew a record crowd to the harbour."),
        Article.of(Optional.of("https://undated.example/harbour"), "Harbour history", "Coastline Daily", List.of(),
            Optional.empty(), "The harbour was built in the eighteenth century by the town's merchants."));
    for (Article a : articles) {
      index.upsert(a, splitter.split(a.text()));
    }
    index.commit();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> titles(SearchRequest request) {
    return Retrievers.bm25(index).retrieve(request).stream().map(RetrievedPassage::title).sorted().toList();
  }

  @Test
  @DisplayName("a date range keeps only articles published inside it (inclusive ends); undated ones are out")
  void dateRange() {
    SearchRequest july = SearchRequest.of("harbour", 10).withDateRange(
        Optional.of(Instant.parse("2026-07-10T09:00:00Z")), Optional.of(Instant.parse("2026-08-10T08:59:59Z")));
    assertThat(titles(july)).containsExactly("Harbour dredging");
  }

  @Test
  @DisplayName("as-of hides what was published later but keeps undated articles")
  void asOf() {
    SearchRequest asOfJuly = SearchRequest.of("harbour", 10).withAsOf(Optional.of(Instant.parse("2026-07-31T00:00:00Z")));
    assertThat(titles(asOfJuly)).containsExactly("Harbour dredging", "Harbour dues rise", "Harbour history");
  }

  @Test
  @DisplayName("outlets are matched case-insensitively, ignoring surrounding spaces")
  void outlets() {
    SearchRequest gazette = SearchRequest.of("harbour", 10).withOutlets(Set.of("  harbor GAZETTE "));
    assertThat(titles(gazette)).containsExactly("Harbour dues rise", "Harbour festival");
  }

  @Test
  @DisplayName("filters combine: outlet and dates together")
  void combined() {
    SearchRequest request = SearchRequest.of("harbour", 10).withOutlets(Set.of("Harbor Gazette"))
        .withDateRange(Optional.of(Instant.parse("2026-08-01T00:00:00Z")), Optional.empty());
    assertThat(titles(request)).containsExactly("Harbour festival");
  }
}
