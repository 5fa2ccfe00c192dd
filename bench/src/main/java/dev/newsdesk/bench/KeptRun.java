package dev.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** Whether a scale benchmark folder holds a finished run with the same corpus settings, to reuse it. */
public final class KeptRun {

  private static final String MARK = "newsdesk-bench-run";

  private KeptRun() {}

  static boolean matches(Path folder, ScaleBenchmark.Settings settings) {
    Path mark = folder.resolve(MARK);
    try {
      return Files.isRegularFile(mark)
          && Files.readString(mark, StandardCharsets.UTF_8).equals(describe(settings))
          && BenchData.count(folder.resolve("data")) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  static void mark(Path folder, ScaleBenchmark.Settings settings, int passages) {
    try {
      Files.writeString(folder.resolve(MARK), describe(settings), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark the benchmark run in " + folder, e);
    }
  }

  /** Removes an earlier run's index and data (nothing else) so a new one starts clean. */
  static void clear(Path folder) {
    for (String part : new String[] {MARK, "index", "data", "baselines"}) {
      delete(folder.resolve(part));
    }
  }

  /** Deletes a file or a folder with everything in it; nothing when it does not exist. */
  public static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + path, e);
    }
  }

  private static String describe(ScaleBenchmark.Settings s) {
    Path source = s.sourceIndex().toAbsolutePath().normalize();
    return s.real() ? "real source=" + source + "\n" : String.format(Locale.ROOT,
        "passages=%d seed=%d sigma=%s source=%s%n", s.passages(), s.seed(), s.sigma(), source);
  }
}
