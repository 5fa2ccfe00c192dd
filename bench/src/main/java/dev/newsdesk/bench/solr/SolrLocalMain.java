package dev.newsdesk.bench.solr;

import dev.newsdesk.bot.cli.CliContext;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Starts {@code newsdesk solr local} (the launcher runs the bench jar with this class for it). */
public final class SolrLocalMain {

  private SolrLocalMain() {}

  public static void main(String[] args) {
    quietNoticesOfATrial();
    System.exit(run(args, System.getenv(), System.in, System.out, System.err));
  }

  /** Runs {@code solr local} with the given arguments, environment and streams; returns the exit status. */
  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    CliContext context = new CliContext(env, in, out, err);
    CommandLine cli = new CommandLine(new SolrLocalCommand(context,
        SolrLocalCommand.fromFolder("newsdesk", Path.of(System.getProperty("newsdesk.solr.configset", "/tmp/devconf/conf")))));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("newsdesk: " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
  }

  /**
   * Solr logs at WARN what every local trial meets: ZooKeeper's open ACLs (a trial cluster on loopback has no
   * other) and, on stop, replicas giving up leadership. Raised to ERROR so a real warning stands out.
   */
  private static void quietNoticesOfATrial() {
    for (String name : new String[] {"org.apache.solr.common.cloud.SolrZkClient", "org.apache.solr.cloud.LeaderElector"}) {
      if (LoggerFactory.getLogger(name) instanceof Logger logger) {
        logger.setLevel(Level.ERROR);
      }
    }
  }
}
