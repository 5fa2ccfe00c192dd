package dev.newsdesk.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.community.rag.content.retriever.lucene.LuceneContentRetriever;
import dev.langchain4j.community.rag.content.retriever.lucene.LuceneEmbeddingStore;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins what the probe's report says the library does, on a three-document index with 4-d vectors:
 * where the id comes back, how hybrid scores are fused, and what a trailing '?' does.
 */
class LibraryBehaviourTest {

  static final float[] QUERY = {0.8f, 0.6f, 0f, 0f};

  @TempDir Path temp;

  Directory directory;
  LuceneEmbeddingStore store;

  @BeforeEach
  void index() throws Exception {
    directory = new MMapDirectory(temp);
    store = LuceneEmbeddingStore.builder().directory(directory).build();
    store.addAll(
        List.of("a", "b", "c"),
        List.of(
            Embedding.from(new float[] {1, 0, 0, 0}),
            Embedding.from(new float[] {0, 1, 0, 0}),
            Embedding.from(new float[] {0, 0, 1, 0})),
        List.of(
            TextSegment.from("The lighthouse keeper rang the bell"),
            TextSegment.from("Lighthouses line the rocky coast"),
            TextSegment.from("A quiet harbour town")));
  }

  @AfterEach
  void close() throws Exception {
    directory.close();
  }

  @Test
  void theIdComesBackInTheSegmentMetadataWithTheTokenCount() {
    List<Content> hits = fulltext().retrieve(Query.from("harbour"));
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).textSegment().metadata().getString(RetrievalModes.ID_FIELD)).isEqualTo("c");
    assertThat(hits.get(0).textSegment().metadata().toMap()).containsKeys("id", "estimated-token-count");
  }

  @Test
  void aTrailingQuestionMarkIsAOneCharacterWildcard() {
    assertThat(ids(fulltext().retrieve(Query.from("lighthouse")))).containsExactly("a");
    assertThat(ids(fulltext().retrieve(Query.from("lighthouse?")))).containsExactly("b");
  }

  @Test
  void aQueryThatDoesNotParseReturnsNothing() {
    assertThat(fulltext().retrieve(Query.from("\"harbour"))).isEmpty();
  }

  @Test
  void hybridScoreIsBm25PlusVectorScore() {
    Map<String, Double> text = scores(fulltext().retrieve(Query.from("harbour")));
    Map<String, Double> vector = new HashMap<>();
    for (EmbeddingMatch<TextSegment> match :
        store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(QUERY)).maxResults(3).build()).matches()) {
      vector.put(match.embeddingId(), match.score());
    }
    // EUCLIDEAN: 1 / (1 + squared distance); a: |q-a|² = 0.04 + 0.36 = 0.4, c: 0.64 + 0.36 + 1 = 2
    assertThat(vector.get("a")).isCloseTo(1 / 1.4, within(1e-6));
    assertThat(vector.get("c")).isCloseTo(1 / 3.0, within(1e-6));

    LuceneContentRetriever hybrid =
        LuceneContentRetriever.builder().directory(directory).embeddingModel(new Fixed(QUERY)).maxResults(3).build();
    List<Content> hits = hybrid.retrieve(Query.from("harbour"));
    Map<String, Double> fused = scores(hits);
    assertThat(fused.get("c")).isCloseTo(text.get("c") + vector.get("c"), within(1e-5));
    assertThat(fused.get("a")).isCloseTo(vector.get("a"), within(1e-6));
    assertThat(fused.get("b")).isCloseTo(vector.get("b"), within(1e-6));
    // the full-text match wins although it is the vector's worst neighbour
    assertThat(ids(hits)).containsExactly("c", "a", "b");
  }

  private LuceneContentRetriever fulltext() {
    return LuceneContentRetriever.builder().directory(directory).maxResults(3).build();
  }

  private static List<String> ids(List<Content> hits) {
    return hits.stream().map(h -> h.textSegment().metadata().getString("id")).toList();
  }

  private static Map<String, Double> scores(List<Content> hits) {
    Map<String, Double> scores = new HashMap<>();
    for (Content hit : hits) {
      scores.put(hit.textSegment().metadata().getString("id"), (Double) hit.metadata().get(ContentMetadata.SCORE));
    }
    return scores;
  }

  /** An embedding model that embeds every text as the same vector. */
  private record Fixed(float[] vector) implements EmbeddingModel {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      return Response.from(segments.stream().map(s -> Embedding.from(vector.clone())).toList());
    }
  }
}
