package dev.newsdesk.retrieval.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud cluster in the test JVM: an embedded ZooKeeper and {@code nodes} Solr nodes on
 * Jetty, as {@code MiniSolrCloudCluster} of Solr's test framework builds it. One per test class:
 * starting one takes seconds.
 */
public final class SolrTestCluster implements AutoCloseable {

  private final MiniSolrCloudCluster cluster;
  private final Path base;

  private SolrTestCluster(MiniSolrCloudCluster cluster, Path base) {
    this.cluster = cluster;
    this.base = base;
  }

  public static SolrTestCluster start(int nodes) throws Exception {
    // the speed settings Solr's own test base class makes for an embedded ZooKeeper
    System.setProperty("zookeeper.forceSync", "no");
    System.setProperty("zookeeper.nio.numSelectorThreads", "2");
    System.setProperty("zookeeper.nio.numWorkerThreads", "3");
    System.setProperty("zookeeper.commitProcessor.numWorkerThreads", "2");
    System.setProperty("zookeeper.nio.shutdownTimeout", "100");
    // a configset uploaded over HTTP is "untrusted" unless authenticated; Newsdesk's needs no trust
    Path base = Files.createTempDirectory("newsdesk-solrcloud");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base)
        .withTraceIdGenerationDisabled()
        .build();
    cluster.waitForAllNodes(60);
    return new SolrTestCluster(cluster, base);
  }

  /** The cluster's ZooKeeper address with its chroot, as {@code solr.zk-hosts} takes it. */
  public String zkHosts() {
    return cluster.getZkServer().getZkAddress();
  }

  public SolrSettings settings(String collection, int shards, int replicas) {
    return SolrSettings.ofZkHosts(zkHosts(), collection, shards, replicas);
  }

  /** Waits until every replica of the collection is active. */
  public void waitForActive(String collection, int shards, int replicas) {
    cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, shards, shards * replicas);
  }

  public JettySolrRunner stopNode(int index) throws Exception {
    JettySolrRunner stopped = cluster.stopJettySolrRunner(index);
    cluster.waitForJettyToStop(stopped);
    return stopped;
  }

  public void startNode(JettySolrRunner node) throws Exception {
    cluster.startJettySolrRunner(node);
    cluster.waitForNode(node, 60);
  }

  public MiniSolrCloudCluster cluster() {
    return cluster;
  }

  @Override
  public void close() throws Exception {
    try {
      cluster.shutdown();
    } finally {
      org.apache.commons.io.file.PathUtils.deleteDirectory(base);
    }
  }
}
