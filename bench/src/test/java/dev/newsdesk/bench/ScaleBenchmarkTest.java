package dev.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.LuceneIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleBenchmarkTest {

  private static final int DIMENSION = 16;
  private static final int CLUSTERS = 8;
  private static final float[][] CENTRES = centres();

  @TempDir Path temp;

  @Test
  void scaleModeReportsEveryFigureOnASmallCorpus() {
    Path source = fakeSourceIndex(temp.resolve("source"), 300);
    List<String> questions = IntStream.range(0, 20).mapToObj(i -> "question " + i + " about cluster").toList();
    ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(2_000, source, questions, List.of(), List.of(), 7,
        0.03, 1, false, true, Baselines.Choice.EXACT, Optional.empty());
    ScaleResult r = new ScaleBenchmark(fakeEmbeddings()).run(settings, temp.resolve("bench"));

    assertThat(r.corpus().passages()).isEqualTo(2_000);
    assertThat(r.corpus().kind()).isEqualTo("synthetic");
    assertThat(r.corpus().seed()).contains(7L);
    assertThat(r.retrieval()).containsOnlyKeys("bm25", "vector", "hybrid");
    r.retrieval().forEach((mode, latency) ->
        assertThat(latency.p99Ms()).as(mode).isGreaterThanOrEqualTo(latency.p50Ms()).isPositive());
    assertThat(r.vectors().recallAt10()).isBetween(0.5, 1.0);
    assertThat(r.vectors().widths()).extracting(ScaleResult.Width::width).contains(10, r.vectors().width());
    assertThat(r.memory().heapMb()).isPositive();
    assertThat(r.ingest()).hasValueSatisfying(i -> assertThat(i.passagesPerSecond()).isPositive());
    assertThat(r.embedding().passagesPerSecond()).isPositive();
    ScaleResult.ExactStore exact = r.exactStore().orElseThrow();
    assertThat(exact.store()).startsWith("LangChain4j InMemoryEmbeddingStore 1.");
    assertThat(exact.recallAt10()).as("the store's exact search is exact").isEqualTo(1.0);
    assertThat(exact.heapMb()).isPositive();
    assertThat(exact.speedupVsExact()).isPositive();
    assertThat(r.exactStoreError()).isEmpty();
    assertThat(r.communityLucene()).as("not asked for").isEmpty();
    assertThat(r.quality()).as("no gold").isEmpty();
    assertThat(ScaleTable.of(r)).contains("exact store", "InMemoryEmbeddingStore", "recall@10 vs exact",
        "hybrid retrieval");

    ScaleResult again = new ScaleBenchmark(fakeEmbeddings()).run(settings, temp.resolve("bench"));
    assertThat(again.corpus().reusedIndex()).as("a kept folder with the same settings is reused").isTrue();
    assertThat(again.ingest()).isEmpty();
    assertThat(again.corpus().articles()).isEqualTo(r.corpus().articles());
    assertThat(again.vectors().recallAt10()).isEqualTo(r.vectors().recallAt10());
    assertThat(ScaleTable.of(again)).contains("reused the kept index");
    assertThat(r.index().bytes()).isPositive();
    assertThat(r.index().segments()).as("merged as newsdesk optimize does").isEqualTo(1);
    assertThat(r.merge()).isPresent();
    assertThat(r.corpus().articles()).isBetween(2_000 / 5, 2_000);

    JsonNode json = r.json();
    assertThat(json.at("/corpus/passages").asInt()).isEqualTo(2_000);
    assertThat(json.at("/retrieval/hybrid/p50_ms").asDouble()).isEqualTo(r.retrieval().get("hybrid").p50Ms());
    assertThat(json.at("/vectors/recall_at_10").asDouble()).isEqualTo(r.vectors().recallAt10());
    assertThat(json.at("/exact_store/speedup_vs_exact").asDouble()).isEqualTo(exact.speedupVsExact());
    assertThat(json.at("/ingest/passages_per_second").isNumber()).isTrue();
    assertThat(json.has("quality")).as("empty parts are left out").isFalse();
    assertThat(again.json().has("ingest")).isFalse();
    assertThat(again.json().at("/corpus/reused_index").asBoolean()).isTrue();
  }

  @Test
  void solrCloudRunsTheSameCorpusAndQuestionsAndLosesANodeWithoutAFailedQuestion() {
    Path source = fakeSourceIndex(temp.resolve("source"), 200);
    List<String> questions = IntStream.range(0, 12).mapToObj(i -> "question " + i + " about cluster").toList();
    ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(300, source, questions, List.of(), List.of(), 7,
        0.03, 1, false, true, Baselines.Choice.NONE, Optional.empty());

    ScaleResult r = new ScaleBenchmark(fakeEmbeddings())
        .run(settings, temp.resolve("bench"), Optional.of(new SolrCloudRun.Layout(2, 2, 2)));

    ScaleResult.SolrCloud solr = r.solrcloud().orElseThrow();
    assertThat(solr.ingest().passagesPerSecond()).isPositive();
    assertThat(solr.retrieval()).containsOnlyKeys("bm25", "vector", "hybrid");
    assertThat(solr.vectorRetrieverRecallAt10())
        .as("the same vectors and the same vector retriever find the same neighbours on the cluster")
        .isCloseTo(r.vectorRetrieverRecallAt10().orElseThrow(), within(0.05));
    ScaleResult.NodeLoss loss = solr.nodeLoss();
    assertThat(loss.stoppedNode()).matches("127\\.0\\.0\\.1:\\d+_solr");
    assertThat(loss.nodesRunning()).isEqualTo(1);
    assertThat(loss.questions()).isEqualTo(2 * questions.size());
    assertThat(loss.failed()).as("failures: %s", loss.firstFailures()).isZero();
    assertThat(r.json().at("/solrcloud/node_loss/failed").asInt()).isZero();
    assertThat(ScaleTable.of(r)).contains("SolrCloud", "node loss");
  }

  @Test
  void recallCountsTheExactTopFoundByTheApproximateSearch() {
    List<int[]> approximate = List.of(new int[] {1, 2, 3}, new int[] {4, 5, 6});
    List<int[]> exact = List.of(new int[] {3, 2, 9}, new int[] {7, 8, 9});
    assertThat(ExactSearch.recall(approximate, exact, 3)).isCloseTo((2 / 3.0 + 0) / 2, within(1e-9));

    float[][] vectors = {{1, 0}, {0, 1}, {0.8f, 0.6f}, {-1, 0}};
    assertThat(new ExactSearch(vectors).top(new float[] {1, 0}, 2)).containsExactly(0, 2);
    assertThat(new ExactSearch(vectors).top(new float[] {0, 1}, 3)).containsExactly(1, 2, 0);
  }

  @Test
  void theGeneratorIsDeterministicAndKeepsVectorsUnitLength() {
    SourceCorpus source = SourceCorpus.read(fakeSourceIndex(temp.resolve("source"), 100));
    List<BenchArticle> first = generate(new SyntheticCorpus(source, 42, 0.03), 500);
    List<BenchArticle> second = generate(new SyntheticCorpus(source, 42, 0.03), 500);
    List<BenchArticle> other = generate(new SyntheticCorpus(source, 43, 0.03), 500);

    assertThat(first).hasSameSizeAs(second);
    for (int a = 0; a < first.size(); a++) {
      assertThat(first.get(a).article()).isEqualTo(second.get(a).article());
      for (int p = 0; p < first.get(a).vectors().size(); p++) {
        assertThat(first.get(a).vectors().get(p)).containsExactly(second.get(a).vectors().get(p));
      }
    }
    assertThat(other.get(0).article().text()).isNotEqualTo(first.get(0).article().text());
    for (BenchArticle article : first) {
      for (float[] vector : article.vectors()) {
        assertThat(dot(vector, vector)).isCloseTo(1f, within(1e-4f));
      }
    }
    assertThat(first.stream().mapToInt(a -> a.passages().size()).sum()).isEqualTo(500);
  }

  private static List<BenchArticle> generate(SyntheticCorpus corpus, int passages) {
    List<BenchArticle> out = new ArrayList<>();
    corpus.generate(passages, out::add);
    return out;
  }

  /** A source index of clustered unit vectors: a mixture of Gaussians around random centres. */
  private static Path fakeSourceIndex(Path folder, int passages) {
    Random random = new Random(1);
    try (LuceneIndex index = LuceneIndex.openForWriting(folder, new EmbeddingRecord("fake", DIMENSION))) {
      for (int i = 0; i < passages; i++) {
        int cluster = i % CLUSTERS;
        String text = "Story " + i + " reports on topic" + cluster + " with officials saying markets moved today";
        Article article = new Article("source-" + i, Optional.empty(), "Topic " + cluster + " headline", "Wire",
            List.of(), Optional.of(Instant.parse("2022-03-01T00:00:00Z")), text);
        index.upsert(article, List.of(new Passage(0, text, 0, text.length())),
            List.of(near(CENTRES[cluster], 0.15, random)));
      }
      index.commit();
    }
    return folder;
  }

  private static Embeddings fakeEmbeddings() {
    EmbeddingModel model = new EmbeddingModel() {
      @Override
      public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> {
          Random random = new Random(s.text().hashCode());
          return Embedding.from(near(CENTRES[Math.floorMod(s.text().hashCode(), CLUSTERS)], 0.2, random));
        }).toList());
      }
    };
    return new Embeddings(model, "fake", DIMENSION, "");
  }

  private static float[][] centres() {
    Random random = new Random(99);
    float[][] out = new float[CLUSTERS][];
    for (int c = 0; c < CLUSTERS; c++) {
      out[c] = near(new float[DIMENSION], 1.0, random);
    }
    return out;
  }

  private static float[] near(float[] centre, double sigma, Random random) {
    float[] v = new float[centre.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (centre[i] + sigma * random.nextGaussian());
      norm += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  private static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
