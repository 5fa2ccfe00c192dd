package dev.newsdesk.bench.solr;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Silences what Solr's test cluster reports on every start and stop of a trial cluster, so that a real
 * warning stands out: Solr at WARN (as the product's Logback configuration has it), and the notices that
 * only say this is a test cluster on loopback raised to ERROR.
 */
final class TrialNoise {

  /**
   * Loggers whose warnings every local start and stop makes: open ZooKeeper ACLs, no randomized test context,
   * no test home, replicas giving up leadership on stop, ZooKeeper's connection limit unset, solr.xml read from
   * ZooKeeper (as the test cluster does), no install folder, no {@code _default} configset.
   */
  private static final String[] ROUTINE = {
      "org.apache.solr.DEPRECATED",
      "org.apache.solr.core.NodeConfig",
      "org.apache.solr.core.ConfigSetService",
      "org.apache.solr.common.cloud.SolrZkClient",
      "org.apache.solr.cloud.MiniSolrCloudCluster",
      "org.apache.solr.cloud.ZkTestServer",
      "org.apache.solr.cloud.LeaderElector",
      "org.apache.zookeeper.server.ServerCnxnFactory"};

  /** Jersey (inside Solr) logs through java.util.logging, which keeps its loggers weakly: held here. */
  private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

  private TrialNoise() {}

  /** Sets the properties and levels before the cluster starts; its log folder (required by Solr) is {@code folder}. */
  static void quiet(Path folder) {
    // the watches of a normal cluster are listed as "violations" on stop, and ZooKeeper's test server asks for
    // the 'stat' command with an error unless it is allowed before it starts
    System.setProperty("tests.zk.violationReportAction", "IGNORE");
    System.setProperty("zookeeper.4lw.commands.whitelist", "*");
    if (System.getProperty("solr.log.dir") == null) {
      System.setProperty("solr.log.dir", folder.resolve("logs").toString());
    }
    level("org.apache.solr", Level.WARN);
    for (String name : ROUTINE) {
      level(name, Level.ERROR);
    }
    // a missing optional provider (jakarta.activation) is reported on every start
    JERSEY.setLevel(java.util.logging.Level.SEVERE);
  }

  private static void level(String name, Level level) {
    if (LoggerFactory.getLogger(name) instanceof Logger logger) {
      logger.setLevel(level);
    }
  }
}
