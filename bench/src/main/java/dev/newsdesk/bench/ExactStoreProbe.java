package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.newsdesk.retrieval.eval.Percentiles;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plain LangChain4j baseline: every passage of a {@link BenchData} folder in an
 * {@link InMemoryEmbeddingStore} (exact search), timed with the folder's query vectors. Meant to run in
 * a JVM of its own ({@link Baselines} starts it) so its heap is measured apart from Newsdesk's.
 *
 * <p>Prints one JSON object: {@link Figures} with snake_case names.
 */
public final class ExactStoreProbe {

  private static final int BATCH = 10_000;

  private ExactStoreProbe() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: ExactStoreProbe DATA_FOLDER [K] [ROUNDS]");
      System.exit(2);
    }
    int k = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    System.out.println(run(Path.of(args[0]), k, rounds).json());
  }

  /**
   * What the probe measured: which store, passages loaded, load seconds, heap and resident megabytes,
   * search latency in milliseconds given the query vector, and the top-k passage ids of each query.
   */
  public record Figures(String store, int passages, double loadSeconds, double heapMb, double rssMb, double p50Ms,
      double p99Ms, List<List<String>> results) {

    private static final ObjectMapper JSON =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    public Figures {
      results = List.copyOf(results);
    }

    /** The one line of JSON the probe prints. */
    String json() {
      try {
        return JSON.writeValueAsString(this);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the exact store's figures", e);
      }
    }

    /** The figures from the JSON the probe printed. */
    static Figures read(JsonNode printed) {
      try {
        return JSON.treeToValue(printed, Figures.class);
      } catch (JsonProcessingException e) {
        throw new ChildJvm.BaselineFailure("the exact store printed unexpected figures: " + e.getOriginalMessage());
      }
    }
  }

  /** Loads the folder into a store, times the queries, and returns the figures. */
  public static Figures run(Path data, int k, int rounds) {
    int dimension = BenchData.dimension(data);
    FloatBuffer vectors = BenchData.mapVectors(data);
    InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    long start = System.nanoTime();
    List<String> ids = new ArrayList<>(BATCH);
    List<Embedding> embeddings = new ArrayList<>(BATCH);
    List<TextSegment> segments = new ArrayList<>(BATCH);
    BenchData.forEachPassage(data, (text, number) -> {
      float[] v = new float[dimension];
      vectors.get(number * dimension, v);
      ids.add(BenchData.passageId(number));
      embeddings.add(Embedding.from(v));
      segments.add(TextSegment.from(text));
      if (ids.size() == BATCH) {
        store.addAll(ids, embeddings, segments);
        ids.clear();
        embeddings.clear();
        segments.clear();
      }
    });
    if (!ids.isEmpty()) {
      store.addAll(ids, embeddings, segments);
    }
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    double heap = ProcessMemory.heapMegabytes();
    List<BenchData.Query> queries = BenchData.readQueries(data);
    List<List<String>> results = new ArrayList<>();
    search(store, queries.get(0), k);
    double[] millis = new double[queries.size() * rounds];
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (BenchData.Query query : queries) {
        long t = System.nanoTime();
        List<EmbeddingMatch<TextSegment>> matches = search(store, query, k);
        millis[n++] = (System.nanoTime() - t) / 1e6;
        if (round == 0) {
          results.add(matches.stream().map(EmbeddingMatch::embeddingId).toList());
        }
      }
    }
    Arrays.sort(millis);
    return new Figures("LangChain4j InMemoryEmbeddingStore " + version(), store.size(),
        ScaleBenchmark.round(loadSeconds), ScaleBenchmark.round(heap), ScaleBenchmark.round(ProcessMemory.residentMegabytes()),
        ScaleBenchmark.round(Percentiles.of(millis, 50)), ScaleBenchmark.round(Percentiles.of(millis, 99)), results);
  }

  private static List<EmbeddingMatch<TextSegment>> search(InMemoryEmbeddingStore<TextSegment> store,
      BenchData.Query query, int k) {
    return store.search(EmbeddingSearchRequest.builder()
        .queryEmbedding(Embedding.from(query.vector())).maxResults(k).build()).matches();
  }

  /** The LangChain4j version, from the properties Maven packs into its jar. */
  private static String version() {
    try (var in = InMemoryEmbeddingStore.class.getResourceAsStream("/META-INF/maven/dev.langchain4j/langchain4j/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "(version unknown)");
    } catch (java.io.IOException e) {
      return "(version unknown)";
    }
  }
}
