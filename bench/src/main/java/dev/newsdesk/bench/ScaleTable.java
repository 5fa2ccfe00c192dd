package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The scale benchmark's measurements as a readable table; figures a run did not take are left out. */
public final class ScaleTable {

  private ScaleTable() {}

  /** One line per measurement, figures aligned. */
  public static String of(ObjectNode r) {
    StringBuilder out = new StringBuilder();
    line(out, "corpus", "%s: %,d passages in %,d articles", r.path("corpus").asText(), r.path("passages").asLong(),
        r.path("articles").asLong());
    if (r.has("ingest_seconds")) {
      line(out, "ingest (vectors given)", "%.1f s = %,.0f passages/s", r.get("ingest_seconds").asDouble(),
          r.get("ingest_passages_per_second").asDouble());
    } else {
      line(out, "ingest", "reused the kept index");
    }
    line(out, "embedding alone", "%,.1f passages/s, query p50 %.2f ms (%s)", r.path("embed_passages_per_second").asDouble(),
        r.path("query_embedding_p50_ms").asDouble(), r.path("embedding_model").asText());
    int segments = r.path("segments").asInt();
    line(out, "index on disk", "%.1f MB in %d segment%s", r.path("index_bytes").asLong() / 1_048_576.0,
        segments, segments == 1 ? "" : "s");
    if (r.has("merge_seconds")) {
      line(out, "merged (optimize)", "%d segments into one in %.1f s", r.path("segments_before_merge").asInt(),
          r.path("merge_seconds").asDouble());
    }
    for (String mode : new String[] {"bm25", "vector", "hybrid"}) {
      line(out, mode + " retrieval", "p50 %.2f ms, p99 %.2f ms", r.path(mode + "_p50_ms").asDouble(),
          r.path(mode + "_p99_ms").asDouble());
    }
    line(out, "HNSW search only", "p50 %.2f ms, p99 %.2f ms", r.path("hnsw_search_p50_ms").asDouble(),
        r.path("hnsw_search_p99_ms").asDouble());
    line(out, "recall@10 vs exact", "%.4f (%s)", r.path("recall_at_10").asDouble(), r.path("recall_basis").asText());
    line(out, "memory", "heap %.1f MB, resident %.1f MB", r.path("heap_mb").asDouble(), r.path("rss_mb").asDouble());
    if (r.has("exact_store_p50_ms")) {
      line(out, "exact store", "%s: p50 %.2f ms, p99 %.2f ms, heap %.1f MB, load %.1f s", r.path("exact_store").asText(),
          r.path("exact_store_p50_ms").asDouble(), r.path("exact_store_p99_ms").asDouble(),
          r.path("exact_store_heap_mb").asDouble(), r.path("exact_store_load_seconds").asDouble());
      line(out, "speedup vs exact store", "%.1fx search only, %.1fx with query embedding",
          r.path("speedup_vs_exact").asDouble(), r.path("speedup_vs_exact_with_embedding").asDouble());
    }
    error(out, r, "exact_store_error");
    JsonNode community = r.path("community_lucene");
    if (community.isObject()) {
      line(out, "community Lucene", "%s: index %.1f s, %.1f MB, heap %.1f MB", community.path("retriever").asText(),
          community.path("index_seconds").asDouble(), community.path("index_bytes").asLong() / 1_048_576.0,
          community.path("heap_mb").asDouble());
      community.path("modes").fields().forEachRemaining(e -> line(out, "  " + e.getKey(),
          "p50 %.2f ms (%.1fx Newsdesk's), p99 %.2f ms, recall@10 vs exact %.4f", e.getValue().path("p50_ms").asDouble(),
          e.getValue().path("p50_vs_newsdesk").asDouble(), e.getValue().path("p99_ms").asDouble(),
          e.getValue().path("recall_at_10_vs_exact").asDouble()));
    }
    error(out, r, "community_lucene_error");
    r.path("quality").fields().forEachRemaining(e -> line(out, "quality " + e.getKey(),
        "Hits@1 %.3f, @5 %.3f, @10 %.3f, MRR@10 %.3f (%d questions)", e.getValue().path("hits_at_1").asDouble(),
        e.getValue().path("hits_at_5").asDouble(), e.getValue().path("hits_at_10").asDouble(),
        e.getValue().path("mrr_at_10").asDouble(), e.getValue().path("questions").asInt()));
    return out.toString().stripTrailing();
  }

  private static void error(StringBuilder out, ObjectNode r, String key) {
    if (r.has(key)) {
      line(out, "not measured", "%s", r.get(key).asText());
    }
  }

  private static void line(StringBuilder out, String label, String format, Object... args) {
    out.append(String.format(Locale.ROOT, "%-28s", label)).append(String.format(Locale.ROOT, format, args))
        .append('\n');
  }
}
