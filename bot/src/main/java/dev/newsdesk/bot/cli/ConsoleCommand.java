package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.console.ConsoleChannel;
import dev.newsdesk.bot.channel.console.ConsoleInput;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    Newsdesk newsdesk = new Newsdesk(parent.config());
    CliContext context = parent.context();
    FirstUse.indexSampleNewsIfEmpty(newsdesk, context.err());
    try (NewsIndex index = newsdesk.openForReading()) {
      AnsweringService answering = newsdesk.answering(index);
      StoryTimelines timelines = newsdesk.timelines(index);
      String greeting = greeting(index.stats());
      if (interactive(context)) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("newsdesk").build()) {
          int width = Math.min(100, Math.max(60, terminal.getWidth()));
          new ConsoleChannel(answering, timelines, ConsoleInput.terminal(terminal, historyFile()), terminal.writer(), width)
              .run(greeting);
        }
      } else {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true);
        new ConsoleChannel(answering, timelines, ConsoleInput.lines(context.in()), out, 100).run(greeting);
      }
      return 0;
    }
  }

  /** A person at a terminal: line editing and history. Piped input is read line by line. */
  private static boolean interactive(CliContext context) {
    return System.console() != null && context.in() == System.in && context.out() == System.out;
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
