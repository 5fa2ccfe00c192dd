package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.console.ConsoleChannel;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk console}: the interactive console. */
@Command(name = "console", mixinStandardHelpOptions = true, description = "Ask questions interactively.")
final class ConsoleCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Override
  public Integer call() throws IOException {
    NewsdeskConfig config = parent.config();
    CliContext context = parent.context();
    FirstUse.indexSampleNewsIfEmpty(config, context.err());
    try (NewsIndex index = NewsIndex.openForReading(config.indexPath());
        Terminal terminal = terminal(context)) {
      ConsoleChannel console =
          new ConsoleChannel(Newsdesk.answering(index, config), terminal, historyFile());
      console.run(greeting(index.stats()));
      return 0;
    }
  }

  /** The real terminal when attached to the process's own streams, else a plain stream terminal. */
  private static Terminal terminal(CliContext context) throws IOException {
    if (context.in() == System.in && context.out() == System.out) {
      return TerminalBuilder.builder().system(true).name("newsdesk").build();
    }
    return TerminalBuilder.builder()
        .system(false)
        .streams(context.in(), context.out())
        .dumb(true)
        .name("newsdesk")
        .build();
  }

  private Optional<Path> historyFile() {
    Path data = parent.folders().data();
    try {
      Files.createDirectories(data);
      return Optional.of(data.resolve("console-history"));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String greeting(IndexStats stats) {
    return String.format(
        "Newsdesk — %,d articles from %d outlets%s. Type a question, or :help.",
        stats.articles(),
        stats.outlets().size(),
        stats.earliest().flatMap(e -> stats.latest().map(l -> ", " + e + " to " + l)).orElse(""));
  }
}
