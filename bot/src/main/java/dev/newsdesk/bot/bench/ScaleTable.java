package dev.newsdesk.bot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The scale benchmark's measurements as a readable table. */
public final class ScaleTable {

  private ScaleTable() {}

  /** One line per measurement, figures aligned. */
  public static String of(ObjectNode r) {
    StringBuilder out = new StringBuilder();
    line(out, "passages / articles", "%,d / %,d", r.get("passages").asLong(), r.get("articles").asLong());
    line(out, "ingest (vectors given)", "%.1f s = %,.0f passages/s", r.get("ingest_seconds").asDouble(),
        r.get("ingest_passages_per_second").asDouble());
    line(out, "embedding alone", "%,.1f passages/s (%s)", r.get("embed_passages_per_second").asDouble(),
        r.get("embedding_model").asText());
    line(out, "index on disk", "%.1f MB in %d segments (not force-merged)",
        r.get("index_bytes").asLong() / 1_048_576.0, r.get("segments").asInt());
    for (String mode : new String[] {"bm25", "vector", "hybrid"}) {
      line(out, mode + " retrieval", "p50 %.2f ms, p99 %.2f ms", r.get(mode + "_p50_ms").asDouble(),
          r.get(mode + "_p99_ms").asDouble());
    }
    line(out, "HNSW search only", "p50 %.2f ms, p99 %.2f ms", r.get("hnsw_search_p50_ms").asDouble(),
        r.get("hnsw_search_p99_ms").asDouble());
    line(out, "exact search only", "p50 %.2f ms", r.get("exact_store_p50_ms").asDouble());
    line(out, "speedup vs exact", "%.1fx (search only)", r.get("speedup_vs_exact").asDouble());
    line(out, "recall@10 vs exact", "%.4f", r.get("recall_at_10").asDouble());
    line(out, "memory", "heap %.1f MB, resident %.1f MB", r.get("heap_mb").asDouble(), r.get("rss_mb").asDouble());
    return out.toString().stripTrailing();
  }

  private static void line(StringBuilder out, String label, String format, Object... args) {
    out.append(String.format(Locale.ROOT, "%-24s", label)).append(String.format(Locale.ROOT, format, args))
        .append('\n');
  }
}
