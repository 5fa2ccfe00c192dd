package dev.newsdesk.bot.channel.console;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.PrintWriter;
import java.util.Optional;
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
        :timeline TOPIC   how a story developed, oldest first, each development cited
        :reset     forget the conversation, so the next question starts afresh
        :help      this help
        :quit      leave (Ctrl-D and Ctrl-C work too)""";

  /** The console is one conversation, until {@code :reset}. */
  static final String CONVERSATION = "console";

  private static final Logger log = LoggerFactory.getLogger(ConsoleChannel.class);

  private final AnsweringService answering;
  private final StoryTimelines timelines;
  private final ConsoleInput input;
  private final PrintWriter out;
  private final ConsoleRenderer renderer;
  private Optional<Answer> lastAnswer = Optional.empty();

  public ConsoleChannel(AnsweringService answering, StoryTimelines timelines, ConsoleInput input, PrintWriter out,
      int width) {
    this.answering = answering;
    this.timelines = timelines;
    this.input = input;
    this.out = out;
    this.renderer = new ConsoleRenderer(width);
  }

  /** Runs until the user quits or the input ends. */
  public void run(String greeting) {
    out.println(greeting);
    out.flush();
    Optional<String> line;
    while ((line = input.readLine(PROMPT)).isPresent() && handle(echoed(line.get().strip()))) {
      out.flush();
    }
    out.println("Bye.");
    out.flush();
  }

  /** The line, printed after the prompt first when the input did not show it (piped questions). */
  private String echoed(String line) {
    if (!input.shown() && !line.isEmpty()) {
      out.println(PROMPT + line);
    }
    return line;
  }

  /** Handles one line; false when the user asked to leave. */
  private boolean handle(String line) {
    switch (line) {
      case "" -> {
        return true;
      }
      case ":quit", ":q", ":exit" -> {
        return false;
      }
      case ":help", ":h", "?" -> out.println(HELP);
      case ":reset" -> {
        answering.reset(CONVERSATION);
        lastAnswer = Optional.empty();
        out.println("Conversation forgotten; the next question starts afresh.");
      }
      case ":sources" -> {
        out.println(lastAnswer.map(renderer::renderSourcesWithExcerpts).orElse("Nothing asked yet."));
        out.println(); // a blank line before the next prompt, as after an answer
      }
      default -> {
        if (line.equals(":timeline") || line.startsWith(":timeline ")) {
          timeline(line.substring(":timeline".length()).strip());
        } else if (line.startsWith(":")) {
          out.println("Unknown command " + line + ". Type :help for the list.");
        } else {
          ask(line);
        }
      }
    }
    return true;
  }

  /** Prints how the topic's story developed; the last answer stays the one {@code :sources} shows. */
  private void timeline(String topic) {
    try {
      out.println(renderer.render(timelines.timeline(Question.of(topic)).asAnswer()));
      out.println();
    } catch (RejectedQuestionException e) {
      out.println(e.getMessage());
    } catch (RetrievalException e) {
      log.error("search failed for a console timeline", e);
      out.println("Sorry, the news index could not be searched: " + e.getMessage());
    }
  }

  private void ask(String question) {
    try {
      StringBuilder streamed = new StringBuilder();
      Answer answer = answering.answer(Question.in(CONVERSATION, question), token -> {
        streamed.append(token);
        out.print(token);
        out.flush();
      });
      lastAnswer = Optional.of(answer);
      if (streamed.length() == 0) {
        out.println(renderer.render(answer));
      } else if (streamed.toString().strip().equals(answer.text())) {
        out.println();
        out.println();
        out.println(renderer.renderSources(answer));
      } else {
        out.println();
        out.println();
        out.println("With its citations checked:");
        out.println(renderer.render(answer));
      }
      out.println();
    } catch (RejectedQuestionException e) {
      out.println(e.getMessage());
    } catch (RetrievalException e) {
      log.error("search failed for a console question", e);
      out.println("Sorry, the news index could not be searched: " + e.getMessage());
    }
  }
}
