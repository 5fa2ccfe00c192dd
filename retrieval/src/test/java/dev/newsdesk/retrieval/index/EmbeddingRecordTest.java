package dev.newsdesk.retrieval.index;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The embedding model recorded in an index")
class EmbeddingRecordTest {

  @TempDir Path folder;

  private final Article ferry = article("ferry", "Ferry resumes", "Harbor Gazette", "2026-06-02",
      "The ferry to Gull Island resumed service on Tuesday.");

  /** A three-dimensional stand-in model: these tests are about the record, not the vectors. */
  private static Embeddings model(String name) {
    EmbeddingModel constant = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(new float[] {1, 0, 0})).toList());
      }
    };
    return new Embeddings(constant, name, 3, "");
  }

  private void indexWith(EmbeddingRecord record) {
    try (NewsIndex index = NewsIndex.openForWriting(folder, record)) {
      var passages = new PassageSplitter().split(ferry.text());
      index.upsert(ferry, passages, record.hasVectors() ? List.of(new float[] {1, 0, 0}) : List.of());
    }
  }

  @Test
  void should_be_kept_in_the_commit_data() {
    indexWith(new EmbeddingRecord("model-a", 3));
    try (NewsIndex index = NewsIndex.openForReading(folder)) {
      assertThat(index.embedding()).isEqualTo(new EmbeddingRecord("model-a", 3));
    }
  }

  @Test
  void should_refuse_to_write_with_another_model_and_say_how_to_reindex() {
    indexWith(new EmbeddingRecord("model-a", 3));
    assertThatThrownBy(() -> NewsIndex.openForWriting(folder, new EmbeddingRecord("model-b", 3)))
        .isInstanceOf(RetrievalException.class)
        .hasMessageContaining("was built with embedding model 'model-a' (3 dimensions)")
        .hasMessageContaining("asks for 'model-b' (3 dimensions)")
        .hasMessageContaining("re-index")
        .hasMessageContaining("newsdesk ingest");
    try (NewsIndex index = NewsIndex.openForReading(folder)) {
      assertThat(index.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void should_refuse_to_search_with_another_model() {
    indexWith(new EmbeddingRecord("model-a", 3));
    try (NewsIndex index = NewsIndex.openForReading(folder)) {
      assertThatThrownBy(() -> Retrievers.create(index, Optional.of(model("model-b")), SearchMode.HYBRID,
              RankingSettings.DEFAULT, Clock.systemUTC()))
          .isInstanceOf(RetrievalException.class)
          .hasMessageContaining("'model-a'").hasMessageContaining("'model-b'");
    }
  }

  @Test
  void should_answer_with_bm25_when_the_index_has_no_vectors() {
    indexWith(EmbeddingRecord.NONE);
    try (NewsIndex index = NewsIndex.openForReading(folder)) {
      var retriever = Retrievers.create(index, Optional.of(model("model-a")), SearchMode.HYBRID,
          RankingSettings.DEFAULT, Clock.systemUTC());
      assertThat(retriever.mode()).isEqualTo("bm25");
      assertThat(retriever.retrieve(SearchRequest.of("ferry Gull Island", 3))).hasSize(1);
    }
  }
}
