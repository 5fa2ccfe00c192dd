package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.RetrievalException;

/** Turns SolrJ's failures into {@link RetrievalException}s that carry the cluster's own reason. */
final class SolrFailures {

  private SolrFailures() {}

  /** A failure to {@code action} (a verb phrase: "search", "write article X") on the collection. */
  static RetrievalException of(String action, SolrSettings settings, Throwable e) {
    return new RetrievalException("cannot " + action + " in SolrCloud collection '" + settings.collection()
        + "' (" + settings.where() + "): " + reason(e) + hint(e), e);
  }

  /** The most telling message in the chain: Solr's remote error, else the root cause. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String bottom = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return root == e || top.contains(bottom) ? top : top + " (" + bottom + ")";
  }

  private static String hint(Throwable e) {
    String text = String.valueOf(e.getMessage()) + " " + reason(e);
    if (text.contains("Collection not found") || text.contains("not found:") && text.contains("ollection")) {
      return "; create it with: newsdesk solr init";
    }
    return "";
  }
}
