package dev.newsdesk.bot.channel.console;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interactive console: reads questions with line editing and history, prints cited answers,
 * and understands a few {@code :commands}. Ctrl-C or Ctrl-D ends it cleanly.
 */
public final class ConsoleChannel {

  static final String PROMPT = "newsdesk> ";
  static final String HELP =
      """
      Ask a question about the news and press Enter. Answers cite their sources as [n].
        :sources   the sources of the last answer, with the passages quoted
        :help      this help
        :quit      leave (Ctrl-D and Ctrl-C work too)""";

  private static final Logger log = LoggerFactory.getLogger(ConsoleChannel.class);

  private final AnsweringService answering;
  private final Terminal terminal;
  private final Optional<Path> historyFile;
  private Optional<Answer> lastAnswer = Optional.empty();

  public ConsoleChannel(AnsweringService answering, Terminal terminal, Optional<Path> historyFile) {
    this.answering = answering;
    this.terminal = terminal;
    this.historyFile = historyFile;
  }

  /** Runs until the user quits. */
  public void run(String greeting) {
    LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("newsdesk");
    historyFile.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
    LineReader reader = builder.build();
    PrintWriter out = terminal.writer();
    out.println(greeting);
    out.flush();
    while (true) {
      String line;
      try {
        line = reader.readLine(PROMPT);
      } catch (UserInterruptException | EndOfFileException e) {
        break;
      }
      if (!handle(line.strip(), out)) {
        break;
      }
      out.flush();
    }
    out.println("Bye.");
    out.flush();
  }

  /** Handles one line; false when the user asked to leave. */
  private boolean handle(String line, PrintWriter out) {
    ConsoleRenderer renderer = new ConsoleRenderer(Math.min(100, Math.max(60, terminal.getWidth())));
    switch (line) {
      case "" -> {
        return true;
      }
      case ":quit", ":q", ":exit" -> {
        return false;
      }
      case ":help", ":h", "?" -> out.println(HELP);
      case ":sources" -> out.println(
          lastAnswer.map(renderer::renderSourcesWithExcerpts).orElse("Nothing asked yet."));
      default -> {
        if (line.startsWith(":")) {
          out.println("Unknown command " + line + ". Type :help for the list.");
        } else {
          ask(line, renderer, out);
        }
      }
    }
    return true;
  }

  private void ask(String question, ConsoleRenderer renderer, PrintWriter out) {
    try {
      Answer answer = answering.answer(question);
      lastAnswer = Optional.of(answer);
      out.println(renderer.render(answer));
      out.println();
    } catch (RejectedQuestionException e) {
      out.println(e.getMessage());
    } catch (RetrievalException e) {
      log.error("search failed for a console question", e);
      out.println("Sorry, the news index could not be searched: " + e.getMessage());
    }
  }
}
