package dev.newsdesk.retrieval.solr;

import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * Builds SolrJ's cloud client: it reads the cluster's state (from ZooKeeper, or from a node's
 * cluster status for {@code solr.urls}), sends updates to shard leaders and retries a query on
 * another replica when a node is gone. In SolrJ 9.10 the cloud client runs on the Jetty HTTP client
 * ({@code Http2SolrClient}); the JDK-based {@code HttpJdkSolrClient} serves single nodes only.
 */
final class SolrClients {

  /** How long to wait for a connection to a node or to ZooKeeper before saying the cluster is down. */
  static final int CONNECT_SECONDS = 5;

  /** How long a request may stay silent (a large optimize or a commit can take a while). */
  static final int IDLE_SECONDS = 120;

  private SolrClients() {}

  static CloudSolrClient cloud(SolrSettings settings) {
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
        .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS);
    CloudHttp2SolrClient.Builder builder = settings.zkHosts().isEmpty()
        ? new CloudHttp2SolrClient.Builder(settings.urls())
        : new CloudHttp2SolrClient.Builder(settings.zkHosts(), settings.zkChroot())
            .withZkConnectTimeout(CONNECT_SECONDS * 2, TimeUnit.SECONDS)
            .withZkClientTimeout(30, TimeUnit.SECONDS);
    return builder.withInternalClientBuilder(http).withDefaultCollection(settings.collection()).build();
  }
}
