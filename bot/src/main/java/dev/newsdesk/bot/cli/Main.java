package dev.newsdesk.bot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** Starts the command line: {@code newsdesk <command>}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.in, System.out, System.err));
  }

  /** Runs one command with the given environment and streams; returns the exit status. */
  public static int run(
      String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    return NewsdeskCommand.commandLine(new CliContext(env, in, out, err)).execute(args);
  }
}
