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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("BM25 retrieval (fused, ranked and capped by the retriever)")
class Bm25SearchTest {

  @TempDir Path folder;
  private NewsIndex index;
  private Retriever retriever;

  @BeforeEach
  void index() {
    index = NewsIndex.openForWriting(folder);
    PassageSplitter splitter = new PassageSplitter(20, 40, 1);
    String longStory = IntStream.range(0, 12)
        .mapToObj(i -> "Day " + i + " of the tram strike in Northfield left commuters walking to work in the rain.")
        .collect(Collectors.joining(" "));
    List<Article> articles = List.of(
        article("strike-long", "Tram strike enters second week", "Northfield Courier", "2026-07-10", longStory),
        article("strike-vote", "Tram drivers vote to strike", "Valley Wire", "2026-07-01",
            "Tram drivers in Northfield voted to strike over pay on Wednesday, their union said."),
        article("strike-deal", "Tram strike ends with pay deal", "Harbor Gazette", "2026-07-20",
            "The Northfield tram strike ended after drivers accepted a 4.5% pay rise."),
        article("museum", "Museum opens whale hall", "Harbor Gazette", "2026-07-05",
            "The maritime museum opened a hall devoted to whales on Saturday."));
    articles.forEach(a -> index.upsert(a, splitter.split(a.text())));
    index.commit();
    retriever = Retrievers.bm25(index);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void should_rank_passages_about_the_question_first() {
    List<RetrievedPassage> hits = retriever.retrieve(SearchRequest.of("whale museum", 3));
    assertThat(hits.get(0).title()).isEqualTo("Museum opens whale hall");
    assertThat(hits.get(0).url()).contains("https://harbor-gazette.example/museum");
  }

  @Test
  void should_cap_the_passages_of_one_article() {
    List<RetrievedPassage> hits = retriever.retrieve(SearchRequest.of("tram strike Northfield", 10).withMaxPerArticle(1));
    assertThat(hits).extracting(RetrievedPassage::articleId).doesNotHaveDuplicates();
    assertThat(hits).hasSize(3);
  }

  @Test
  void should_keep_only_the_requested_dates() {
    SearchRequest request = SearchRequest.of("tram strike", 10)
        .withDateRange(Optional.of(Instant.parse("2026-07-15T00:00:00Z")), Optional.empty());
    assertThat(retriever.retrieve(request)).extracting(RetrievedPassage::title)
        .containsOnly("Tram strike ends with pay deal");
  }

  @Test
  void should_hide_what_was_published_after_the_as_of_date() {
    SearchRequest request = SearchRequest.of("tram strike pay", 10)
        .withAsOf(Optional.of(Instant.parse("2026-07-02T00:00:00Z")));
    assertThat(retriever.retrieve(request)).extracting(RetrievedPassage::title)
        .containsOnly("Tram drivers vote to strike");
  }

  @Test
  void should_keep_only_the_requested_outlets_whatever_their_case() {
    SearchRequest request = SearchRequest.of("tram strike", 10).withOutlets(Set.of("harbor gazette"));
    assertThat(retriever.retrieve(request)).extracting(RetrievedPassage::outlet).containsOnly("Harbor Gazette");
  }

  @Test
  void should_find_nothing_for_a_question_of_stop_words_only() {
    assertThat(retriever.retrieve(SearchRequest.of("the and of", 5))).isEmpty();
  }

  @Test
  @DisplayName("a query of 2,000 distinct words is cut to its rarest terms: no TooManyClauses, the rare word still finds its story")
  void should_trim_a_query_of_thousands_of_distinct_words() {
    String flood = IntStream.range(0, 2000).mapToObj(i -> "zq" + Integer.toString(i, 36) + "x")
        .collect(Collectors.joining(" ", "", " whale"));

    List<RetrievedPassage> hits = retriever.retrieve(SearchRequest.of(flood, 3));

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).title()).isEqualTo("Museum opens whale hall");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  @DisplayName("a query of 60,000 punctuation characters finds nothing and fails nothing")
  void should_take_a_punctuation_flood() {
    assertThat(retriever.retrieve(SearchRequest.of("!?.,;:-".repeat(9000), 3))).isEmpty();
  }
}
