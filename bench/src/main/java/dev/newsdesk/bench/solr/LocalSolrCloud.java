package dev.newsdesk.bench.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud in this JVM: an embedded ZooKeeper and {@code nodes} Solr nodes (Jetty servers on
 * free loopback ports), started by Solr's own {@link MiniSolrCloudCluster}, in a temporary folder that
 * {@link #close()} deletes. For trying Newsdesk on SolrCloud and for the benchmark; never for data
 * that must survive.
 */
public final class LocalSolrCloud implements AutoCloseable {

  private final MiniSolrCloudCluster cluster;
  private final Path folder;

  private LocalSolrCloud(MiniSolrCloudCluster cluster, Path folder) {
    this.cluster = cluster;
    this.folder = folder;
  }

  /**
   * Starts ZooKeeper and {@code nodes} Solr nodes and waits until every node is live.
   *
   * @throws IllegalArgumentException when {@code nodes} is below 1
   * @throws IllegalStateException when the cluster does not start (the cause says why)
   */
  public static LocalSolrCloud start(int nodes) {
    if (nodes < 1) {
      throw new IllegalArgumentException("a SolrCloud needs at least one node, not " + nodes);
    }
    Path folder;
    try {
      folder = Files.createTempDirectory("newsdesk-solr-local-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the cluster's temporary folder", e);
    }
    TrialNoise.quiet(folder);
    try {
      // Jetty's own shutdown hooks would race ours: close() stops the nodes, then ZooKeeper
      MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, folder)
          .withJettyConfig(jetty -> jetty.stopAtShutdown(false))
          .build();
      return new LocalSolrCloud(cluster, folder);
    } catch (Exception e) {
      delete(folder);
      throw new IllegalStateException("the local SolrCloud did not start: " + e.getMessage(), e);
    }
  }

  /** The ZooKeeper address clients connect with, chroot included: {@code 127.0.0.1:PORT/solr}. */
  public String zkHosts() {
    return cluster.getZkServer().getZkAddress();
  }

  /** The number of Solr nodes running now. */
  public int runningNodes() {
    return cluster.getJettySolrRunners().size();
  }

  /** A client of the cluster (through ZooKeeper), owned by the cluster: closed with it, never by the caller. */
  public CloudSolrClient client() {
    return cluster.getSolrClient();
  }

  /**
   * Waits until {@code collection} has {@code shards} shards of {@code replicas} active replicas each.
   *
   * @throws IllegalStateException when it is not so within 30 seconds
   */
  public void awaitActive(String collection, int shards, int replicas) {
    try {
      cluster.waitForActiveCollection(collection, shards, shards * replicas);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the collection " + collection + " did not become active: " + e.getMessage(), e);
    }
  }

  /**
   * Stops one Solr node (the last started), as a crash would leave the cluster: its replicas go down and
   * the others serve. Returns the node's name ({@code 127.0.0.1:PORT_solr}).
   *
   * @throws IllegalStateException when no node runs or the node does not stop
   */
  public String stopOneNode() {
    if (runningNodes() == 0) {
      throw new IllegalStateException("no Solr node is running");
    }
    try {
      JettySolrRunner node = cluster.getJettySolrRunner(runningNodes() - 1);
      String name = node.getNodeName(); // known while it runs only
      cluster.stopJettySolrRunner(node);
      return name;
    } catch (Exception e) {
      throw new IllegalStateException("the Solr node did not stop: " + e.getMessage(), e);
    }
  }

  /** Stops every node, then ZooKeeper, and deletes the cluster's folder. */
  @Override
  public void close() {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      throw new IllegalStateException("the local SolrCloud did not stop cleanly: " + e.getMessage(), e);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no reason to fail a stop
    }
  }
}
