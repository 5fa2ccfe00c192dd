package dev.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.article.ArticleId;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-corpus benchmark end to end on the bundled sample news with the real bge-small model:
 * Newsdesk, the LangChain4j in-memory exact store (in its own JVM) and the community Lucene retriever
 * (the {@code baselines/} module's jar, in its own JVM) over the same passages and vectors.
 */
class BaselinesTest {

  @TempDir static Path temp;
  private static Path source;
  private static List<String> questions = new ArrayList<>();
  private static List<Set<String>> gold = new ArrayList<>();

  @BeforeAll
  static void indexSampleNews() throws IOException {
    NewsdeskConfig config = new ConfigLoader(Map.of(), new DataFolders(Map.of(), "Linux", temp))
        .load(Optional.empty()).withIndexPath(temp.resolve("source"));
    Newsdesk newsdesk = new Newsdesk(config);
    try (dev.newsdesk.retrieval.index.NewsIndex writable = newsdesk.openForWriting()) {
      newsdesk.ingester(writable).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
    }
    source = temp.resolve("source");
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = BaselinesTest.class.getResourceAsStream("/sample-questions.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        JsonNode q = line.isBlank() ? null : json.readTree(line);
        if (q != null && q.hasNonNull("url")) {
          questions.add(q.get("question").asText());
          gold.add(Set.of(ArticleId.fromUrl(q.get("url").asText())));
        }
      }
    }
  }

  @Test
  void newsdeskAndBothBaselinesSearchTheSamePassagesAndAreScoredAlike() {
    Path jar = Path.of(System.getProperty("newsdesk.baselines.jar", "../baselines/target/newsdesk-baselines.jar"));
    assertThat(jar).as("the baselines module's jar (mvn verify from the root builds it before bench)").isRegularFile();
    Embeddings bge = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(0, source, questions, gold, List.of(), 1, 0, 1,
        true, true, Baselines.Choice.ALL, Optional.of(jar));

    ScaleResult r = new ScaleBenchmark(bge).run(settings, temp.resolve("bench"));

    assertThat(r.corpus().kind()).isEqualTo("real");
    assertThat(r.corpus().passages()).isEqualTo(BenchData.count(temp.resolve("bench/data")));
    assertThat(r.communityLuceneError()).isEmpty();
    assertThat(r.exactStoreError()).isEmpty();
    assertThat(r.exactStore().orElseThrow().recallAt10()).isEqualTo(1.0);
    assertThat(r.vectors().recallAt10()).as("HNSW on a small corpus is near exact").isGreaterThan(0.95);

    ScaleResult.CommunityLucene community = r.communityLucene().orElseThrow();
    assertThat(community.passages()).isEqualTo(r.corpus().passages());
    assertThat(community.modes()).containsOnlyKeys("fulltext", "hybrid", "vector", "vector_precomputed");
    community.modes().forEach((mode, figures) -> {
      assertThat(figures.latency().p50Ms()).as(mode).isPositive();
      assertThat(figures.p50VsNewsdesk()).as(mode + " has a counterpart in Newsdesk").isPresent();
    });
    assertThat(community.modes().get("vector_precomputed").recallAt10VsExact())
        .as("the community store searches the very vectors exact search does").isGreaterThan(0.8);
    assertThat(community.probe().path("versions").has("langchain4j-community-lucene")).isTrue();
    assertThat(community.probe().has("modes")).as("the modes are typed, not repeated").isFalse();

    Map<String, ScaleResult.Hits> quality = r.quality().orElseThrow().retrievers();
    assertThat(quality.get("newsdesk_hybrid").questions()).isEqualTo(questions.size());
    assertThat(quality.get("newsdesk_hybrid").hitsAt5()).as("the sample questions are about sample articles")
        .isGreaterThan(0.9);
    assertThat(quality.get("exact_store").hitsAt10()).isGreaterThan(0.8);
    assertThat(quality.get("community_fulltext").questions()).isEqualTo(questions.size());
    assertThat(ScaleTable.of(r)).contains("community Lucene", "quality newsdesk_hybrid", "quality community_hybrid");
    assertThat(r.json().at("/community_lucene/modes/hybrid/recall_at_10_vs_exact").isNumber()).isTrue();
    assertThat(r.json().at("/quality/retrievers/newsdesk_hybrid/hits_at_5").asDouble())
        .isEqualTo(quality.get("newsdesk_hybrid").hitsAt5());
  }

  @Test
  void aMissingBaselineIsReportedAndTheRestStillMeasured() throws IOException {
    Path notAJar = Files.writeString(temp.resolve("not-a.jar"), "not a jar");
    Embeddings bge = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(0, source, questions.subList(0, 5),
        gold.subList(0, 5), List.of(), 1, 0, 1, true, false, Baselines.Choice.COMMUNITY, Optional.of(notAJar));

    ScaleResult r = new ScaleBenchmark(bge).run(settings, temp.resolve("broken"));

    assertThat(r.communityLuceneError()).hasValueSatisfying(
        error -> assertThat(error).contains("the community Lucene retriever exited with"));
    assertThat(r.communityLucene()).isEmpty();
    assertThat(r.retrieval().get("hybrid").p50Ms()).isPositive();
    assertThat(ScaleTable.of(r)).contains("not measured", "the community Lucene retriever exited with");
    assertThat(r.json().at("/community_lucene_error").asText()).contains("exited with");
  }
}
