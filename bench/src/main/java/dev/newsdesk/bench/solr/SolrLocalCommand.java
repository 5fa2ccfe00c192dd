package dev.newsdesk.bench.solr;

import dev.newsdesk.bot.cli.CliContext;
import dev.newsdesk.bot.cli.StopSignal;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.solr.SolrInit;
import dev.newsdesk.retrieval.solr.SolrSettings;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk solr local}: a SolrCloud in this JVM (embedded ZooKeeper, {@code --nodes} Solr nodes) with
 * Newsdesk's collection created from the bundled configset; prints {@code zk-hosts=HOST:PORT/CHROOT} once on
 * standard output when it is ready, then runs until Ctrl-C or SIGTERM and stops cleanly. Logs go to standard
 * error.
 */
@Command(
    name = "newsdesk solr local",
    mixinStandardHelpOptions = true,
    version = "Newsdesk solr local 0.1.0",
    description = {
        "Start a local SolrCloud in one JVM for trying and testing (its data is temporary and deleted on stop),"
            + " create Newsdesk's collection in it, print one line zk-hosts=HOST:PORT/CHROOT when it is ready,"
            + " and run until Ctrl-C or SIGTERM.",
        "Then: NEWSDESK_INDEX_BACKEND=solrcloud NEWSDESK_SOLR_ZK_HOSTS=<that> newsdesk ingest ..."})
public final class SolrLocalCommand implements Callable<Integer> {

  private final CliContext context;
  private final CollectionSetup setup;

  @Option(names = "--nodes", defaultValue = "2", description = "Solr nodes (default: ${DEFAULT-VALUE}).")
  private int nodes;

  @Option(names = "--shards", defaultValue = "2", description = "Shards of the collection (default: ${DEFAULT-VALUE}).")
  private int shards;

  @Option(names = "--replicas", defaultValue = "2",
      description = "Replicas of each shard (default: ${DEFAULT-VALUE}); at most one per node is useful.")
  private int replicas;

  /** The command for {@code context}, creating the collection with {@code setup}. */
  public SolrLocalCommand(CliContext context, CollectionSetup setup) {
    this.context = context;
    this.setup = setup;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (nodes < 1 || shards < 1 || replicas < 1) {
      context.err().println("newsdesk: --nodes, --shards and --replicas must each be at least 1");
      return 2;
    }
    try (StopSignal stop = StopSignal.onShutdown("newsdesk-solr-local-stop")) {
      long started = System.nanoTime();
      context.err().printf("newsdesk: starting a local SolrCloud: %d node(s), ZooKeeper embedded...%n", nodes);
      try (LocalSolrCloud cloud = LocalSolrCloud.start(nodes)) {
        String collection = setup.create(cloud, shards, replicas);
        context.err().printf("newsdesk: collection %s ready (%d shard(s) x %d replica(s)) in %d s;"
            + " Ctrl-C or SIGTERM stops it and deletes its data%n",
            collection, shards, replicas, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        context.out().println("zk-hosts=" + cloud.zkHosts());
        context.out().flush();
        stop.await();
        context.err().println("newsdesk: stopping the local SolrCloud...");
      }
      context.err().println("newsdesk: the local SolrCloud has stopped");
      return 0;
    }
  }

  /** Creates Newsdesk's collection in a fresh local cluster. */
  @FunctionalInterface
  public interface CollectionSetup {
    /** Creates the collection with {@code shards} × {@code replicas}; returns its name. */
    String create(LocalSolrCloud cloud, int shards, int replicas);
  }

  /**
   * Newsdesk's own {@code solr init} against the local cluster: the bundled configset for vectors of
   * {@code embedding}, and {@code collection} created with it; then waits until every replica is active.
   */
  public static CollectionSetup newsdeskInit(String collection, EmbeddingRecord embedding) {
    return (cloud, shards, replicas) -> {
      SolrSettings settings = SolrSettings.ofZkHosts(cloud.zkHosts(), collection, shards, replicas);
      SolrInit.run(cloud.client(), settings, embedding);
      cloud.awaitActive(collection, shards, replicas);
      return collection;
    };
  }
}
