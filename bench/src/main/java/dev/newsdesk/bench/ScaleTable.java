package dev.newsdesk.bench;

import java.util.Locale;

/** The scale benchmark's measurements as a readable table; figures a run did not take are left out. */
public final class ScaleTable {

  private ScaleTable() {}

  /** One line per measurement, figures aligned. */
  public static String of(ScaleResult r) {
    StringBuilder out = new StringBuilder();
    line(out, "corpus", "%s: %,d passages in %,d articles", r.corpus().kind(), r.corpus().passages(),
        r.corpus().articles());
    r.ingest().ifPresentOrElse(
        i -> line(out, "ingest (vectors given)", "%.1f s = %,.0f passages/s", i.seconds(), i.passagesPerSecond()),
        () -> line(out, "ingest", "reused the kept index"));
    line(out, "embedding alone", "%,.1f passages/s, query p50 %.2f ms (%s)", r.embedding().passagesPerSecond(),
        r.embedding().queryP50Ms(), r.embedding().model());
    int segments = r.index().segments();
    line(out, "index on disk", "%.1f MB in %d segment%s", r.index().bytes() / 1_048_576.0, segments,
        segments == 1 ? "" : "s");
    r.merge().ifPresent(m -> m.seconds().ifPresent(seconds ->
        line(out, "merged (optimize)", "%d segments into one in %.1f s", m.segmentsBefore(), seconds)));
    r.retrieval().forEach((mode, latency) -> line(out, mode + " retrieval", "p50 %.2f ms, p99 %.2f ms",
        latency.p50Ms(), latency.p99Ms()));
    line(out, "HNSW search only", "p50 %.2f ms, p99 %.2f ms", r.vectors().hnswSearch().p50Ms(),
        r.vectors().hnswSearch().p99Ms());
    line(out, "recall@10 vs exact", "%.4f (%s)", r.vectors().recallAt10(), r.vectors().recallBasis());
    line(out, "memory", "heap %.1f MB, resident %.1f MB", r.memory().heapMb(), r.memory().rssMb());
    r.exactStore().ifPresent(e -> {
      line(out, "exact store", "%s: p50 %.2f ms, p99 %.2f ms, heap %.1f MB, load %.1f s", e.store(),
          e.latency().p50Ms(), e.latency().p99Ms(), e.heapMb(), e.loadSeconds());
      line(out, "speedup vs exact store", "%.1fx search only, %.1fx with query embedding", e.speedupVsExact(),
          e.speedupVsExactWithEmbedding());
    });
    r.exactStoreError().ifPresent(error -> line(out, "not measured", "%s", error));
    r.communityLucene().ifPresent(c -> {
      line(out, "community Lucene", "%s: index %.1f s, %.1f MB, heap %.1f MB", c.retriever(), c.indexSeconds(),
          c.indexBytes() / 1_048_576.0, c.heapMb());
      c.modes().forEach((name, mode) -> line(out, "  " + name,
          "p50 %.2f ms (%s), p99 %.2f ms, recall@10 vs exact %.4f", mode.latency().p50Ms(),
          mode.p50VsNewsdesk().map(x -> String.format(Locale.ROOT, "%.1fx Newsdesk's", x)).orElse("no counterpart"),
          mode.latency().p99Ms(), mode.recallAt10VsExact()));
    });
    r.communityLuceneError().ifPresent(error -> line(out, "not measured", "%s", error));
    r.quality().ifPresent(q -> q.retrievers().forEach((name, h) -> line(out, "quality " + name,
        "Hits@1 %.3f, @5 %.3f, @10 %.3f, MRR@10 %.3f (%d questions)", h.hitsAt1(), h.hitsAt5(), h.hitsAt10(),
        h.mrrAt10(), h.questions())));
    r.vectorRetrieverRecallAt10().ifPresent(recall -> line(out, "vector retriever recall@10", "%.4f", recall));
    r.solrcloud().ifPresent(solr -> SolrCloudLines.add(out, solr));
    return out.toString().stripTrailing();
  }

  static void line(StringBuilder out, String label, String format, Object... args) {
    out.append(String.format(Locale.ROOT, "%-28s", label)).append(String.format(Locale.ROOT, format, args))
        .append('\n');
  }
}
