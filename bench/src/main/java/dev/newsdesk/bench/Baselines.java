package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.eval.RetrievalMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The alternatives a user weighs against Newsdesk, each run in a JVM of its own over the same
 * {@link BenchData}: plain LangChain4j's {@code InMemoryEmbeddingStore} (exact search, {@link
 * ExactStoreProbe}) and {@code langchain4j-community-lucene}'s {@code LuceneContentRetriever} (the
 * {@code baselines/} module's jar, which needs an older LangChain4j core than Newsdesk's).
 */
public final class Baselines {

  /** Which baselines a run measures. */
  public enum Choice {
    ALL, EXACT, COMMUNITY, NONE;

    public boolean exact() {
      return this == ALL || this == EXACT;
    }

    public boolean community() {
      return this == ALL || this == COMMUNITY;
    }
  }

  /** The top-k passage ids per query of one baseline (or one of its modes), in query order. */
  public record Results(String name, List<List<String>> ids) {}

  private Baselines() {}

  /**
   * The exact store's run: its probe's figures, the heap it was given (megabytes) and its top-k
   * passage ids per query.
   */
  record ExactStoreRun(ExactStoreProbe.Figures figures, long maxHeapMb, Results results) {}

  /**
   * The community retriever's run: its probe's summary without the modes (settings, versions and
   * figures as it printed them) and each mode with its figures and results.
   */
  record CommunityRun(JsonNode summary, List<CommunityModeRun> modes) {}

  /** One mode of the community retriever: what it does, its latency, queries without results, its results. */
  record CommunityModeRun(String description, ScaleResult.Latency latency, int emptyResults, Results results) {}

  /**
   * Loads the data into an {@code InMemoryEmbeddingStore} in a JVM of its own, with a heap sized for
   * it, and times its search; throws {@link ChildJvm.BaselineFailure} when it failed.
   */
  static ExactStoreRun exactStore(Path data, int k, int rounds) {
    long needed = 256 + 3 * (megabytes(data.resolve(BenchData.VECTORS)) + megabytes(data.resolve(BenchData.PASSAGES)));
    long heap = Math.max(512, Math.min(needed, ChildJvm.physicalMegabytes() * 3 / 4));
    JsonNode out = ChildJvm.run("the exact store", ChildJvm.command(
        List.of("-Xmx" + heap + "m", "-cp", ChildJvm.classPath()),
        List.of(ExactStoreProbe.class.getName(), data.toString(), String.valueOf(k), String.valueOf(rounds))));
    ExactStoreProbe.Figures figures = ExactStoreProbe.Figures.read(out);
    return new ExactStoreRun(figures, heap, new Results("exact_store", figures.results()));
  }

  /**
   * Runs the community Lucene retriever's probe from {@code jar} in a JVM of its own, building its
   * index afresh in {@code work} (whatever an earlier run left there is removed); throws {@link
   * ChildJvm.BaselineFailure} when it failed.
   */
  static CommunityRun communityLucene(Path jar, Path data, Path work, int k, int rounds) {
    try {
      KeptRun.delete(work);
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + work, e);
    }
    JsonNode out = ChildJvm.run("the community Lucene retriever", ChildJvm.command(
        List.of("-Xmx2g"),
        List.of("-jar", jar.toString(), "--data", data.toString(), "--work", work.toString(),
            "--k", String.valueOf(k), "--rounds", String.valueOf(rounds))));
    List<CommunityModeRun> modes = new ArrayList<>();
    out.path("modes").fields().forEachRemaining(e -> modes.add(new CommunityModeRun(
        e.getValue().path("description").asText(),
        new ScaleResult.Latency(e.getValue().path("p50_ms").asDouble(), e.getValue().path("p99_ms").asDouble()),
        e.getValue().path("empty_results").asInt(),
        new Results(e.getKey(), ids(e.getValue().path("results"))))));
    return new CommunityRun(((ObjectNode) out.deepCopy()).without("modes"), modes);
  }

  /** The passage numbers of results given as passage ids. */
  static List<int[]> passageNumbers(Results results) {
    return results.ids().stream()
        .map(top -> top.stream().mapToInt(BenchData::passageNumber).toArray()).toList();
  }

  /** Retrieval quality of rankings of articles against the gold articles (questions without gold are skipped). */
  static ScaleResult.Hits quality(List<List<String>> rankedArticles, List<Set<String>> gold) {
    double[] sums = new double[4];
    int asked = 0;
    for (int q = 0; q < Math.min(rankedArticles.size(), gold.size()); q++) {
      if (gold.get(q).isEmpty()) {
        continue;
      }
      RetrievalMetrics m = RetrievalMetrics.of(rankedArticles.get(q), gold.get(q));
      sums[0] += m.hitsAt1();
      sums[1] += m.hitsAt5();
      sums[2] += m.hitsAt10();
      sums[3] += m.reciprocalRankAt10();
      asked++;
    }
    double[] means = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      means[i] = asked == 0 ? 0 : Math.round(sums[i] / asked * 1000) / 1000.0;
    }
    return new ScaleResult.Hits(asked, means[0], means[1], means[2], means[3]);
  }

  /** Map a baseline's passage ids to article ids. */
  static List<List<String>> articles(Results results, String[] articleOfPassage) {
    return results.ids().stream()
        .map(top -> top.stream().map(id -> articleOfPassage[BenchData.passageNumber(id)]).toList()).toList();
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  /** The top-k ids per query a probe printed: an array of arrays of passage ids. */
  static List<List<String>> ids(JsonNode results) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode top : results) {
      List<String> ids = new ArrayList<>();
      top.forEach(id -> ids.add(id.asText()));
      out.add(ids);
    }
    return out;
  }

  private static long megabytes(Path file) {
    try {
      return Files.size(file) / 1_048_576;
    } catch (IOException e) {
      return 0;
    }
  }
}
