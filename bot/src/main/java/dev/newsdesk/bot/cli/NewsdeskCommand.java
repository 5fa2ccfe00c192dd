package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.error.NewsdeskException;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code newsdesk} command: global options and the list of subcommands. */
@Command(
    name = "newsdesk",
    mixinStandardHelpOptions = true,
    version = "Newsdesk 0.1.0",
    description = "Answers questions about the news, citing its sources.",
    footer = {"", "Benchmarks live in their own module: ./newsdesk bench --help (see docs/benchmarks-module.md)."},
    subcommands = {
      ConsoleCommand.class,
      AskCommand.class,
      IngestCommand.class,
      IngestEvalCommand.class,
      StatsCommand.class,
      OptimizeCommand.class,
      EvalCommand.class,
      ConfigCommand.class,
      FeedsCommand.class,
      ServeCommand.class,
      LoadCommand.class,
      SlackCommand.class,
      TelegramCommand.class,
      SolrCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsdeskCommand implements Runnable {

  private final CliContext context;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Index folder (default: $NEWSDESK_INDEX, else the per-user data folder).")
  private Optional<Path> index = Optional.empty();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "Configuration file (default: $NEWSDESK_CONFIG, else ~/.config/newsdesk/newsdesk.yml if present).")
  private Optional<Path> configFile = Optional.empty();

  NewsdeskCommand(CliContext context) {
    this.context = context;
  }

  static CommandLine commandLine(CliContext context) {
    CommandLine cli = new CommandLine(new NewsdeskCommand(context));
    cli.setOut(new PrintWriter(context.out(), true));
    cli.setErr(new PrintWriter(context.err(), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof NewsdeskException || e instanceof RetrievalException) {
            context.err().println("newsdesk: " + oneLine(e.getMessage()));
            return 1;
          }
          LoggerFactory.getLogger(NewsdeskCommand.class).error("unexpected failure", e);
          context.err().println("newsdesk: unexpected failure: " + e + " (details in the log above)");
          return 1;
        });
    return cli;
  }

  /** A message on one line, so an expected failure prints exactly one. */
  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
  }

  @Override
  public void run() {
    CommandLine.usage(this, context.out());
  }

  CliContext context() {
    return context;
  }

  /** The resolved configuration: defaults, file, environment, then {@code --index}. */
  NewsdeskConfig config() {
    NewsdeskConfig config =
        new ConfigLoader(context.env(), DataFolders.system(context.env())).load(configFile);
    return index.map(config::withIndexPath).orElse(config);
  }

  DataFolders folders() {
    return DataFolders.system(context.env());
  }
}
