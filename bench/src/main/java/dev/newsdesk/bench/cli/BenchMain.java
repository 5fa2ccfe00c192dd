package dev.newsdesk.bench.cli;

import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.cli.CliContext;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Starts the benchmark harness: {@code newsdesk bench ...} (the launcher runs this jar for it). */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.in, System.out, System.err));
  }

  /** Runs the benchmark with the given arguments, environment and streams; returns the exit status. */
  public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    CliContext context = new CliContext(env, in, out, err);
    CommandLine cli = new CommandLine(new BenchCommand(context));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof RejectedQuestionException || e instanceof ConfigException || e instanceof RetrievalException) {
        err.println("newsdesk: " + e.getMessage());
        return 1;
      }
      LoggerFactory.getLogger(BenchMain.class).error("unexpected failure", e);
      err.println("newsdesk: unexpected failure: " + e + " (details in the log above)");
      return 1;
    });
    return cli.execute(args);
  }
}
