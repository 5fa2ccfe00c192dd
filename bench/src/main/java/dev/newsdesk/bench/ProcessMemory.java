package dev.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap in use after a garbage collection, and the resident set size the kernel reports. */
final class ProcessMemory {

  private ProcessMemory() {}

  /** Megabytes of heap in use (total minus free) right after {@link System#gc()}. */
  static double heapMegabytes() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1_048_576.0;
  }

  /** Megabytes resident (VmRSS of /proc/self/status); 0 where there is no /proc. */
  static double residentMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
