package dev.newsdesk.bench.solr;

import dev.newsdesk.bot.cli.CliContext;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.solr.SolrSettings;
import java.util.Optional;
import java.util.Map;
import picocli.CommandLine;

/** Starts {@code newsdesk solr local} (the launcher runs the bench jar with this class for it). */
public final class SolrLocalMain {

  private static final String DEFAULT_COLLECTION = "newsdesk";

  private SolrLocalMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.in, System.out, System.err));
  }

  /** Runs {@code solr local} with the given arguments, environment and streams; returns the exit status. */
  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    CliContext context = new CliContext(env, in, out, err);
    CommandLine cli = new CommandLine(new SolrLocalCommand(context, (cloud, shards, replicas) -> {
      // the collection the configuration names (solr.collection, else newsdesk), for the vectors of its
      // embedding model, as `solr init` makes it
      NewsdeskConfig config = new ConfigLoader(env, DataFolders.system(env)).load(Optional.empty());
      EmbeddingRecord embedding = EmbeddingModels.create(config.embedding())
          .map(e -> new EmbeddingRecord(e.name(), e.dimension())).orElse(EmbeddingRecord.NONE);
      String collection = config.backend().solr().map(SolrSettings::collection).orElse(DEFAULT_COLLECTION);
      return SolrLocalCommand.newsdeskInit(collection, embedding).create(cloud, shards, replicas);
    }));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("newsdesk: " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
  }
}
