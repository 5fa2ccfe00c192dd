package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.RetrievalException;
import org.apache.solr.client.solrj.response.SolrResponseBase;

/** Refuses a response that reports a failure or partial results (a shard did not answer). */
final class SolrResponses {

  private SolrResponses() {}

  static <R extends SolrResponseBase> R check(R response) {
    if (response.getStatus() != 0 || response.getResponse() != null && response.getResponse().get("error") != null) {
      String message = "Solr answered with status " + response.getStatus() + ": " + response.getResponse();
      // a shard's node closed the connection while the coordinator waited on it (it is shutting down):
      // an I/O failure, which SolrFailures.read retries on a live replica
      throw shardConnectionLost(response) ? new RetrievalException(message, new java.io.IOException(message))
          : new RetrievalException(message);
    }
    Object header = response.getResponseHeader() == null ? null : response.getResponseHeader().get("partialResults");
    if (Boolean.TRUE.equals(header)) {
      throw new RetrievalException("a shard did not answer (partial results); the cluster has lost every replica of a shard");
    }
    return response;
  }

  /**
   * Whether the response's error names, as its root cause, a failure of the connection to a shard
   * ({@code error.metadata.root-error-class} in {@code java.io}, {@code java.net} or {@code
   * java.nio.channels}: "AsynchronousCloseException" while a node shuts down).
   */
  static boolean shardConnectionLost(SolrResponseBase response) {
    Object error = response.getResponse() == null ? null : response.getResponse().get("error");
    if (!(error instanceof org.apache.solr.common.util.NamedList<?> details)) {
      return false;
    }
    Object metadata = details.get("metadata");
    Object root = metadata instanceof org.apache.solr.common.util.NamedList<?> m ? m.get("root-error-class") : null;
    String name = root == null ? "" : root.toString();
    return name.startsWith("java.io.") || name.startsWith("java.net.") || name.startsWith("java.nio.channels.");
  }
}
