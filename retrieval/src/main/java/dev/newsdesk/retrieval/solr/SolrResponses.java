package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.RetrievalException;
import org.apache.solr.client.solrj.response.SolrResponseBase;

/** Refuses a response that reports a failure or partial results (a shard did not answer). */
final class SolrResponses {

  private SolrResponses() {}

  static <R extends SolrResponseBase> R check(R response) {
    if (response.getStatus() != 0) {
      throw new RetrievalException("Solr answered with status " + response.getStatus() + ": " + response.getResponse());
    }
    Object header = response.getResponseHeader() == null ? null : response.getResponseHeader().get("partialResults");
    if (Boolean.TRUE.equals(header)) {
      throw new RetrievalException("a shard did not answer (partial results); the cluster has lost every replica of a shard");
    }
    return response;
  }
}
