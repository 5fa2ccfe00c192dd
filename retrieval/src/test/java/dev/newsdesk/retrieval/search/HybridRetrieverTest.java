package dev.newsdesk.retrieval.search;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.index.PassageDocuments;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Hybrid retrieval with the in-process embedding model")
class HybridRetrieverTest {

  @TempDir static Path folder;
  static Embeddings embeddings;
  static NewsIndex index;
  static final Clock NOW = Clock.fixed(Instant.parse("2026-09-30T12:00:00Z"), ZoneOffset.UTC);

  static final List<Article> ARTICLES = List.of(
      article("lorry", "Morning traffic news", "Valley Wire", "2026-09-01",
          "A car collided with a lorry on the highway near Tarnby before dawn, and two people were taken to hospital."),
      article("ferry", "Ferry timetable changes", "Harbor Gazette", "2026-09-02",
          "The ferry to Gull Island will run every forty minutes from Monday, the operator announced."),
      article("harbour-master", "Harbour master steps down", "Coastline Daily", "2026-09-03",
          "Ingrid Vasquez-Hollenbeck, the harbour master, declined to comment on the audit of the port accounts."),
      article("skerrow", "Skerrow audit", "Valley Wire", "2026-09-03",
          "Pieter Lindqvist, harbour master at Skerrow, would not comment on the audit of the harbour's finances."),
      article("ostby", "Ostby port review", "The Meridian Post", "2026-09-03",
          "The Ostby harbour master, Maja Berglund, refused to comment on the review of the port's books."),
      article("trawler", "Record catch", "Coastline Daily", "2026-09-07",
          "The trawler Quillon returned to Brennick with a record catch of herring on Friday."),
      article("mayor", "Mayor on the budget", "Northfield Courier", "2026-09-04",
          "The mayor said the budget was balanced and promised that taxes would not rise next year."),
      article("spokesperson", "Talks to continue", "Valley Wire", "2026-09-05",
          "A spokesperson for the union said talks with the operator would continue on Thursday."),
      article("weather", "Storm warning", "The Meridian Post", "2026-09-06",
          "Forecasters warned of gales and heavy rain along the coast through the weekend."),
      article("future", "Ferry fares frozen", "Harbor Gazette", "2026-10-15",
          "Ferry fares to Gull Island will be frozen for another year, the operator said."));

  @BeforeAll
  static void index() {
    embeddings = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    index = NewsIndex.openForWriting(folder, new EmbeddingRecord(embeddings.name(), embeddings.dimension()));
    PassageSplitter splitter = new PassageSplitter();
    for (Article a : ARTICLES) {
      var passages = splitter.split(a.text());
      index.upsert(a, passages, embeddings.embedPassages(
          passages.stream().map(p -> PassageDocuments.embeddingText(a, p)).toList()));
    }
    index.commit();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  /** The titles of the top k passages, ranked without the recency prior so the sources show. */
  private static List<String> top(SearchMode mode, String query, int k) {
    RankingSettings noRecency = RankingSettings.DEFAULT.withRecency(0, 14);
    return Retrievers.create(index, Optional.of(embeddings), mode, noRecency, NOW)
        .retrieve(SearchRequest.of(query, k)).stream().map(RetrievedPassage::title).toList();
  }

  @Nested
  @DisplayName("given a paraphrase and an exact name")
  class Complementary {

    static final String PARAPHRASE = "automobile crash on the motorway";
    /** Only the name ties the query to its article; its other words lean towards the storm. */
    static final String NAME = "Quillon hurricane danger";

    @Test
    @DisplayName("the vectors find the paraphrase that BM25 misses")
    void vectorsFindParaphrase() {
      assertThat(top(SearchMode.BM25, PARAPHRASE, 3)).doesNotContain("Morning traffic news");
      assertThat(top(SearchMode.VECTOR, PARAPHRASE, 1)).containsExactly("Morning traffic news");
    }

    @Test
    @DisplayName("BM25 finds the exact name that the vectors miss")
    void bm25FindsName() {
      assertThat(top(SearchMode.BM25, NAME, 1)).containsExactly("Record catch");
      assertThat(top(SearchMode.VECTOR, NAME, 1)).doesNotContain("Record catch");
    }

    @Test
    @DisplayName("hybrid finds both")
    void hybridFindsBoth() {
      assertThat(top(SearchMode.HYBRID, PARAPHRASE, 2)).contains("Morning traffic news");
      assertThat(top(SearchMode.HYBRID, NAME, 2)).contains("Record catch");
    }
  }

  @Nested
  @DisplayName("given dates")
  class Dates {

    @Test
    @DisplayName("articles published after the as-of instant are never returned")
    void futureExcluded() {
      assertThat(top(SearchMode.HYBRID, "ferry fares Gull Island", 5))
          .contains("Ferry timetable changes").doesNotContain("Ferry fares frozen");
    }

    @Test
    @DisplayName("the request's date range narrows the search to its dates")
    void dateRangeFilters() {
      SearchRequest firstOfSeptember = SearchRequest.of("Was anyone hurt?", 5).withDateRange(
          Optional.of(Instant.parse("2026-09-01T00:00:00Z")), Optional.of(Instant.parse("2026-09-01T23:59:59Z")));
      assertThat(retriever().retrieve(firstOfSeptember).stream().map(RetrievedPassage::title))
          .containsExactly("Morning traffic news");
    }

    @Test
    @DisplayName("the retriever reads no time expression: dates named in the words do not narrow it")
    void wordsDoNotNarrow() {
      assertThat(top(SearchMode.HYBRID, "ferry to Gull Island in March", 1))
          .containsExactly("Ferry timetable changes");
    }

    @Test
    @DisplayName("date widening searches again without the dates when they hold nothing, deeper, and says so")
    void wideningRecorded() {
      SearchRequest march = SearchRequest.of("ferry to Gull Island", 1).withDateRange(
          Optional.of(Instant.parse("2026-03-01T00:00:00Z")), Optional.of(Instant.parse("2026-03-31T23:59:59Z")));
      DateWidening.Retrieval found = new DateWidening(retriever()).retrieve(march);
      assertThat(found.widened()).isTrue();
      assertThat(found.request()).isEqualTo(march);
      // the answer is announced as the latest: the widened search reads three times the passages asked for
      assertThat(found.passages()).hasSizeBetween(2, DateWidening.WIDENED_DEPTH);
      assertThat(found.passages()).extracting(RetrievedPassage::title).first().isEqualTo("Ferry timetable changes");
    }

    @Test
    @DisplayName("the newest articles are listed by date, opening passage first, up to the as-of instant; the query is not read")
    void newestByDate() {
      List<RetrievedPassage> newest = retriever().newest(SearchRequest.of("ferry fares", 3));
      assertThat(newest).extracting(RetrievedPassage::title)
          .containsExactly("Record catch", "Storm warning", "Talks to continue");
      assertThat(newest).allSatisfy(p -> assertThat(p.ordinal()).isZero());
      assertThat(retriever().newest(SearchRequest.of("", 3).withOutlets(java.util.Set.of("Coastline Daily"))))
          .extracting(RetrievedPassage::title).containsExactly("Record catch", "Harbour master steps down");
    }

    @Test
    @DisplayName("the newest articles keep to the request's dates, and widen to all dates only when asked and they hold none")
    void newestWithinDates() {
      SearchRequest early = SearchRequest.of("", 5).withDateRange(
          Optional.of(Instant.parse("2026-09-01T00:00:00Z")), Optional.of(Instant.parse("2026-09-02T23:59:59Z")));
      assertThat(new DateWidening(retriever()).newest(early, true).passages()).extracting(RetrievedPassage::title)
          .containsExactly("Ferry timetable changes", "Morning traffic news");
      SearchRequest march = SearchRequest.of("", 2).withDateRange(
          Optional.of(Instant.parse("2026-03-01T00:00:00Z")), Optional.of(Instant.parse("2026-03-31T23:59:59Z")));
      DateWidening.Retrieval widened = new DateWidening(retriever()).newest(march, true);
      assertThat(widened.widened()).isTrue();
      assertThat(widened.passages()).extracting(RetrievedPassage::title).containsExactly("Record catch", "Storm warning");
      assertThat(new DateWidening(retriever()).newest(march, false).passages()).isEmpty();
    }

    @Test
    @DisplayName("date widening leaves a search that found something in its dates alone")
    void noWideningWhenFound() {
      SearchRequest september = SearchRequest.of("ferry to Gull Island", 1).withDateRange(
          Optional.of(Instant.parse("2026-09-01T00:00:00Z")), Optional.empty());
      assertThat(new DateWidening(retriever()).retrieve(september).widened()).isFalse();
    }
  }

  @Test
  @DisplayName("an index that does not exist is an error, never an empty result")
  void missingIndexThrows(@TempDir Path empty) {
    try (NewsIndex missing = NewsIndex.openForReading(empty.resolve("nothing-here"))) {
      assertThatThrownBy(() -> Retrievers.bm25(missing).retrieve(SearchRequest.of("ferry", 3)))
          .isInstanceOf(dev.newsdesk.retrieval.RetrievalException.class)
          .hasMessageContaining("there is no index at");
    }
  }

  private static Retriever retriever() {
    return Retrievers.create(index, Optional.of(embeddings), SearchMode.HYBRID,
        RankingSettings.DEFAULT.withRecency(0, 14), NOW);
  }
}
