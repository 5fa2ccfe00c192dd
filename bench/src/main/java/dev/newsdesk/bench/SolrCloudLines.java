package dev.newsdesk.bench;

/** The SolrCloud part of the scale benchmark's table. */
final class SolrCloudLines {

  private SolrCloudLines() {}

  static void add(StringBuilder out, ScaleResult.SolrCloud solr) {
    ScaleTable.line(out, "SolrCloud", "%d nodes, %d shards x %d replicas, started with the collection in %.1f s",
        solr.nodes(), solr.shards(), solr.replicas(), solr.startSeconds());
    ScaleTable.line(out, "  ingest (vectors given)", "%.1f s = %,.0f passages/s", solr.ingest().seconds(),
        solr.ingest().passagesPerSecond());
    solr.retrieval().forEach((mode, latency) -> ScaleTable.line(out, "  " + mode + " retrieval",
        "p50 %.2f ms, p99 %.2f ms", latency.p50Ms(), latency.p99Ms()));
    ScaleTable.line(out, "  hybrid p50 vs embedded", "%.2fx", solr.hybridP50VsEmbedded());
    ScaleTable.line(out, "  vector retriever recall@10", "%.4f", solr.vectorRetrieverRecallAt10());
    solr.quality().ifPresent(q -> q.retrievers().forEach((name, h) -> ScaleTable.line(out, "  quality " + name,
        "Hits@1 %.3f, @5 %.3f, @10 %.3f, MRR@10 %.3f (%d questions)", h.hitsAt1(), h.hitsAt5(), h.hitsAt10(),
        h.mrrAt10(), h.questions())));
    ScaleResult.NodeLoss loss = solr.nodeLoss();
    ScaleTable.line(out, "  node loss", "%d questions, node %s stopped after %d: %d failed, %d found nothing,"
        + " %d node(s) left", loss.questions(), loss.stoppedNode(), loss.stopAfter(), loss.failed(),
        loss.emptyResults(), loss.nodesRunning());
    loss.firstFailures().forEach(failure -> ScaleTable.line(out, "    failure", "%s", failure));
  }
}
