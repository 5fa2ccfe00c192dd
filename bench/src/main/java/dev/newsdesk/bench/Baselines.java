package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    boolean exact() {
      return this == ALL || this == EXACT;
    }

    boolean community() {
      return this == ALL || this == COMMUNITY;
    }
  }

  /** The top-k passage ids per query of one baseline (or one of its modes), in query order. */
  public record Results(String name, List<List<String>> ids) {}

  private Baselines() {}

  /** The jar the {@code baselines/} module builds, found beside Newsdesk's own jar; empty when absent. */
  public static Optional<Path> defaultCommunityJar() {
    try {
      Path self = Path.of(Baselines.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(self)) {
        return Optional.empty();
      }
      Path buildFolder = self.getParent();
      Path jar = buildFolder.getParent().getParent().resolve("baselines").resolve(buildFolder.getFileName())
          .resolve("newsdesk-baselines.jar");
      return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /**
   * Loads the data into an {@code InMemoryEmbeddingStore} in a JVM of its own, with a heap sized for
   * it, and puts its figures under {@code exact_store_*}; empty (and an {@code exact_store_error}) if it failed.
   */
  static Optional<Results> exactStore(Path data, int k, int rounds, ObjectNode r) {
    long needed = 256 + 3 * (megabytes(data.resolve(BenchData.VECTORS)) + megabytes(data.resolve(BenchData.PASSAGES)));
    long heap = Math.max(512, Math.min(needed, ChildJvm.physicalMegabytes() * 3 / 4));
    try {
      ObjectNode out = ChildJvm.run("the exact store", ChildJvm.command(
          List.of("-Xmx" + heap + "m", "-cp", ChildJvm.classPath()),
          List.of(ExactStoreProbe.class.getName(), data.toString(), String.valueOf(k), String.valueOf(rounds))));
      r.put("exact_store", out.path("store").asText());
      r.put("exact_store_max_heap_mb", heap);
      for (String key : List.of("load_seconds", "heap_mb", "rss_mb", "p50_ms", "p99_ms")) {
        r.set("exact_store_" + key, out.path(key));
      }
      return Optional.of(new Results("exact_store", ids(out.path("results"))));
    } catch (ChildJvm.BaselineFailure e) {
      r.put("exact_store_error", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Runs the community Lucene retriever's probe from {@code jar} in a JVM of its own, building its
   * index afresh in {@code work} (whatever an earlier run left there is removed); puts its figures under {@code community_lucene} and returns each mode's results.
   */
  static List<Results> communityLucene(Path jar, Path data, Path work, int k, int rounds, ObjectNode r) {
    try {
      KeptRun.delete(work);
      Files.createDirectories(work);
      ObjectNode out = ChildJvm.run("the community Lucene retriever", ChildJvm.command(
          List.of("-Xmx2g"),
          List.of("-jar", jar.toString(), "--data", data.toString(), "--work", work.toString(),
              "--k", String.valueOf(k), "--rounds", String.valueOf(rounds))));
      List<Results> results = new ArrayList<>();
      ObjectNode summary = r.putObject("community_lucene");
      out.fields().forEachRemaining(e -> {
        if (!e.getKey().equals("modes")) {
          summary.set(e.getKey(), e.getValue());
        }
      });
      ObjectNode modes = summary.putObject("modes");
      out.path("modes").fields().forEachRemaining(e -> {
        ObjectNode mode = modes.putObject(e.getKey());
        e.getValue().fields().forEachRemaining(f -> {
          if (!f.getKey().equals("results")) {
            mode.set(f.getKey(), f.getValue());
          }
        });
        results.add(new Results(e.getKey(), ids(e.getValue().path("results"))));
      });
      return results;
    } catch (ChildJvm.BaselineFailure e) {
      r.put("community_lucene_error", e.getMessage());
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + work, e);
    }
  }

  /** The passage numbers of results given as passage ids. */
  static List<int[]> passageNumbers(Results results) {
    return results.ids().stream()
        .map(top -> top.stream().mapToInt(BenchData::passageNumber).toArray()).toList();
  }

  /** Retrieval quality of rankings of articles against the gold articles (questions without gold are skipped). */
  static ObjectNode quality(List<List<String>> rankedArticles, List<java.util.Set<String>> gold, ObjectNode into) {
    double[] sums = new double[4];
    int asked = 0;
    for (int q = 0; q < Math.min(rankedArticles.size(), gold.size()); q++) {
      if (gold.get(q).isEmpty()) {
        continue;
      }
      var m = dev.newsdesk.retrieval.eval.RetrievalMetrics.of(rankedArticles.get(q), gold.get(q));
      sums[0] += m.hitsAt1();
      sums[1] += m.hitsAt5();
      sums[2] += m.hitsAt10();
      sums[3] += m.reciprocalRankAt10();
      asked++;
    }
    into.put("questions", asked);
    String[] names = {"hits_at_1", "hits_at_5", "hits_at_10", "mrr_at_10"};
    for (int i = 0; i < names.length; i++) {
      into.put(names[i], asked == 0 ? 0 : Math.round(sums[i] / asked * 1000) / 1000.0);
    }
    return into;
  }

  /** Map a baseline's passage ids to article ids. */
  static List<List<String>> articles(Results results, String[] articleOfPassage) {
    return results.ids().stream()
        .map(top -> top.stream().map(id -> articleOfPassage[BenchData.passageNumber(id)]).toList()).toList();
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
  }

  private static List<List<String>> ids(JsonNode results) {
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
