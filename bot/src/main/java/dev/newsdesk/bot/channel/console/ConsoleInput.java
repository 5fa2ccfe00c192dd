package dev.newsdesk.bot.channel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Where the console's lines come from: a JLine terminal (editing, history, Ctrl-C) when a person
 * is typing, or plain lines when input is piped in; empty means the input has ended.
 */
public interface ConsoleInput {

  Optional<String> readLine(String prompt);

  /**
   * Whether the user saw the line as it was typed (at a terminal); lines piped in are not shown,
   * so the console echoes them after its prompt and a transcript reads question, answer, question.
   */
  default boolean shown() {
    return true;
  }

  /** Lines typed at a real terminal, with editing and a history file. */
  static ConsoleInput terminal(Terminal terminal, Optional<Path> historyFile) {
    LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("newsdesk");
    historyFile.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
    LineReader reader = builder.build();
    return prompt -> {
      try {
        return Optional.of(reader.readLine(prompt));
      } catch (UserInterruptException | EndOfFileException e) {
        return Optional.empty();
      }
    };
  }

  /** Lines read from a stream (a pipe or a file), without prompts. */
  static ConsoleInput lines(InputStream in) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return new ConsoleInput() {
      @Override
      public Optional<String> readLine(String prompt) {
        try {
          return Optional.ofNullable(reader.readLine());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public boolean shown() {
        return false;
      }
    };
  }
}
