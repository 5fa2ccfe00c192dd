package dev.newsdesk.bot.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command line in-process with a private environment and captured streams. */
final class Cli {

  private final Map<String, String> env = new HashMap<>();

  Cli(Path home) {
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Result run(String... args) {
    return runWithInput("", args);
  }

  Result runWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            env,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int status, String out, String err) {}
}
