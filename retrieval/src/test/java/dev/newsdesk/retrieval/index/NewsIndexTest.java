package dev.newsdesk.retrieval.index;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The news index")
class NewsIndexTest {

  @TempDir Path folder;
  private final PassageSplitter splitter = new PassageSplitter();

  private final Article ferry =
      article("ferry", "Ferry service to Gull Island resumes", "Harbor Gazette", "2026-06-02",
          "The ferry to Gull Island resumed service on Tuesday after a three-week repair of its ramp.");

  @Test
  void should_add_then_leave_unchanged_then_update_an_article() {
    try (NewsIndex index = NewsIndex.openForWriting(folder)) {
      assertThat(index.upsert(ferry, splitter.split(ferry.text()))).isEqualTo(UpsertOutcome.ADDED);
      index.commit();
      assertThat(index.upsert(ferry, splitter.split(ferry.text()))).isEqualTo(UpsertOutcome.UNCHANGED);

      Article revised = new Article(ferry.id(), ferry.url(), ferry.title(), ferry.outlet(), ferry.authors(),
          ferry.published(), "The ferry to Gull Island was cancelled again on Wednesday because of fog.");
      assertThat(index.upsert(revised, splitter.split(revised.text()))).isEqualTo(UpsertOutcome.UPDATED);
      index.commit();

      List<RetrievedPassage> hits = Retrievers.bm25(index).retrieve(SearchRequest.of("Gull Island ferry", 10));
      assertThat(hits).singleElement().satisfies(p -> assertThat(p.text()).contains("fog"));
      assertThat(index.stats().articles()).isEqualTo(1);
      assertThat(index.stats().passages()).isEqualTo(1);
    }
  }

  @Test
  void should_merge_into_one_segment_and_keep_every_article_and_the_embedding_record() {
    EmbeddingRecord record = new EmbeddingRecord("test-model", 2);
    try (LuceneIndex index = NewsIndex.openForWriting(folder, record)) {
      for (int i = 0; i < 4; i++) {
        Article a = article("story-" + i, "Story " + i, "Valley Wire", "2026-08-2" + i,
            "The council met on day " + i + " to discuss the harbour budget.");
        index.upsert(a, splitter.split(a.text()), List.of(new float[] {1, 0}));
        index.commit();
      }
      assertThat(index.segmentCount()).isGreaterThan(1);
      index.optimize();
      assertThat(index.segmentCount()).isEqualTo(1);
      assertThat(index.stats().articles()).isEqualTo(4);
    }
    try (LuceneIndex reopened = NewsIndex.openForReading(folder)) {
      assertThat(reopened.embedding()).isEqualTo(record);
      assertThat(reopened.segmentCount()).isEqualTo(1);
      assertThat(Retrievers.bm25(reopened).retrieve(SearchRequest.of("harbour budget", 10))).hasSize(4);
    }
  }

  @Test
  void should_refuse_to_merge_an_index_opened_for_reading() {
    try (NewsIndex index = NewsIndex.openForReading(folder)) {
      assertThatThrownBy(index::optimize).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read-only");
    }
  }

  @Test
  void should_report_counts_outlets_and_dates() {
    Article second = article("budget", "Council passes budget", "Valley Wire", "2026-08-20",
        "The council passed a budget of 4.2 million crowns on Thursday.");
    try (NewsIndex index = NewsIndex.openForWriting(folder)) {
      index.upsert(ferry, splitter.split(ferry.text()));
      index.upsert(second, splitter.split(second.text()));
      index.commit();
      IndexStats stats = index.stats();
      assertThat(stats.articles()).isEqualTo(2);
      assertThat(stats.outlets()).containsOnlyKeys("Harbor Gazette", "Valley Wire");
      assertThat(stats.earliest()).contains(LocalDate.of(2026, 6, 2));
      assertThat(stats.latest()).contains(LocalDate.of(2026, 8, 20));
      assertThat(stats.sizeBytes()).isPositive();
    }
  }

  @Test
  void should_count_nothing_but_refuse_to_search_an_index_that_does_not_exist_yet() {
    try (NewsIndex index = NewsIndex.openForReading(folder.resolve("missing"))) {
      assertThat(index.stats().articles()).isZero();
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> Retrievers.bm25(index).retrieve(SearchRequest.of("ferry", 5)))
          .hasMessageContaining("there is no index at");
    }
  }

  @Test
  void should_see_commits_of_another_writer_when_open_for_reading() {
    try (NewsIndex reader = NewsIndex.openForReading(folder)) {
      try (NewsIndex writer = NewsIndex.openForWriting(folder)) {
        writer.upsert(ferry, splitter.split(ferry.text()));
        writer.commit();
      }
      assertThat(Retrievers.bm25(reader).retrieve(SearchRequest.of("ferry", 5))).hasSize(1);
    }
  }

  @Test
  void should_refuse_a_second_writer_with_a_clear_message() {
    try (NewsIndex first = NewsIndex.openForWriting(folder)) {
      assertThatThrownBy(() -> NewsIndex.openForWriting(folder))
          .isInstanceOf(RetrievalException.class)
          .hasMessageContaining("being written by another Newsdesk process");
    }
  }
}
