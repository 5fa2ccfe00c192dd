package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a program in a JVM of its own (so its heap is its own) and reads the one JSON object it prints;
 * its standard error (progress) goes to ours.
 */
final class ChildJvm {

  private ChildJvm() {}

  /** The java binary running this JVM. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** This JVM's class path (a jar, or the test class path), for probes that live in Newsdesk itself. */
  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** Megabytes of physical memory, or 4096 when the platform does not say. */
  static long physicalMegabytes() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize() / 1_048_576;
    }
    return 4096;
  }

  /** Runs {@code command}; the JSON object it printed last on standard output, or a failure naming what went wrong. */
  static JsonNode run(String what, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process process = builder.start();
      String out;
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      int code = process.waitFor();
      String last = lastLine(out);
      if (code != 0 || !last.startsWith("{")) {
        throw new BaselineFailure(what + " exited with " + code + (last.isEmpty() ? "" : ": " + last));
      }
      return new ObjectMapper().readTree(last);
    } catch (IOException e) {
      throw new BaselineFailure(what + " could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BaselineFailure(what + " was interrupted");
    }
  }

  /** A command line: java, JVM options, then the program and its arguments. */
  static List<String> command(List<String> jvmOptions, List<String> program) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.addAll(program);
    return command;
  }

  private static String lastLine(String out) {
    String trimmed = out.strip();
    int newline = trimmed.lastIndexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(newline + 1).strip();
  }

  /** A baseline that could not be measured; the benchmark reports it and goes on. */
  static final class BaselineFailure extends RuntimeException {
    BaselineFailure(String message) {
      super(message);
    }
  }
}
