package dev.newsdesk.baselines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/** The process's memory after the runs: Java heap in use after a GC, and resident set size. */
final class ProcessMemory {

  private ProcessMemory() {}

  static double heapUsedMbAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.gc();
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }

  /** VmRSS from /proc/self/status, in MB; empty where there is no such file. */
  static OptionalDouble rssMb() {
    return rssMb(Path.of("/proc/self/status"));
  }

  static OptionalDouble rssMb(Path status) {
    try {
      List<String> lines = Files.readAllLines(status);
      for (String line : lines) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
          long kb = Long.parseLong(parts[0]);
          return OptionalDouble.of(kb / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or an unexpected format: no figure
    }
    return OptionalDouble.empty();
  }
}
