package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.RetrievalException;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.solr.common.SolrException;

/** Turns SolrJ's failures into {@link RetrievalException}s that carry the cluster's own reason. */
final class SolrFailures {

  private SolrFailures() {}

  /** A read of the collection; it may throw whatever SolrJ throws. */
  @FunctionalInterface
  interface Read<T> {
    T run() throws Exception;
  }

  /**
   * Runs an idempotent read (a search, a count, a real-time get; never an update) and, if it failed
   * because the connection was lost, runs it once more, immediately. SolrJ's cloud client (its
   * {@code LBSolrClient}) already tries a failed read on the other nodes it knows, but while a node
   * shuts down all of those tries can fail within milliseconds (an {@code AsynchronousCloseException}
   * or a reset from the stopping node, or a 5xx from a node coordinating the request while a shard's
   * node goes away); the benchmark's node-loss run lost 1 question of 408 so. By the second try the
   * client has usually marked the node dead and sends the read to a live replica.
   *
   * @param action a verb phrase for the error ("search by keywords")
   * @return what the read returned
   * @throws RetrievalException with the cluster's reason when the read fails for another reason, or
   *     fails twice (the first failure is attached as suppressed)
   */
  static <T> T read(String action, SolrSettings settings, Read<T> read) {
    try {
      return read.run();
    } catch (Exception first) {
      if (!connectionLost(first) || Thread.currentThread().isInterrupted()) {
        throw of(action, settings, first);
      }
      try {
        return read.run();
      } catch (Exception second) {
        second.addSuppressed(first);
        throw of(action, settings, second);
      }
    }
  }

  /**
   * Whether a failure means the node went away rather than the request was wrong: an I/O failure
   * anywhere in the cause chain (refused, reset, closed while in flight; not a timeout, which a retry
   * would only repeat), SolrJ's client-side {@code SolrServerException} (the server could not be
   * talked to: Jetty's HTTP/2 client reports a connection the stopping node closed as "session
   * closed", an {@code IllegalStateException}) or an HTTP 5xx answer from the cluster. A 4xx (a bad query, a missing
   * collection) and our own checks of a response are never retried.
   */
  static boolean connectionLost(Throwable e) {
    boolean lost = false;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedIOException) {
        return false;
      }
      lost |= t instanceof IOException || t instanceof org.apache.solr.client.solrj.SolrServerException
          || t instanceof SolrException s && s.code() >= 500 && s.code() < 600;
    }
    return lost;
  }

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
