package dev.newsdesk.bot.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsdesk.bot.cli.Main;
import dev.newsdesk.retrieval.index.IndexIntegrity;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Crash safety")
class CrashSafetyTest {

  static final Path CORPUS = Path.of(System.getProperty("newsdesk.shared", "../../shared"), "eval", "realtimeqa", "corpus.jsonl");
  static final Map<String, String> ENV = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_INGEST_MAX_FILE_MB", "100");

  @TempDir Path folder;

  @Test
  @DisplayName("an ingest killed with SIGKILL leaves only whole articles, and a re-run completes it without duplicates")
  void killedIngestRecovers() throws Exception {
    assumeTrue(Files.isRegularFile(CORPUS), "the RealTime QA corpus is not beside the checkout");
    Path index = folder.resolve("index");

    Process child = childIngest(index);
    waitForFirstCommit(index, child);
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(child.exitValue()).as("the child was killed, not finished").isNotZero();

    try (NewsIndex killed = NewsIndex.openForReading(index)) {
      IndexIntegrity.Report report = IndexIntegrity.check(killed);
      assertThat(report.whole()).as("torn articles: %s", report.torn()).isTrue();
      assertThat(report.articles()).isBetween(1L, 3701L);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"--index", index.toString(), "ingest", "--no-progress", CORPUS.toString()},
        Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_INGEST_MAX_FILE_MB", "100",
            "XDG_DATA_HOME", folder.resolve("data").toString()),
        System.in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    try (NewsIndex recovered = NewsIndex.openForReading(index)) {
      IndexIntegrity.Report report = IndexIntegrity.check(recovered);
      assertThat(report.whole()).isTrue();
      assertThat(report.articles()).isEqualTo(3702);
      assertThat(recovered.stats().articles()).isEqualTo(3702);
    }
  }

  /** The real launcher's command in a child JVM, with this test's classpath. */
  private Process childIngest(Path index) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--index", index.toString(), "ingest", "--no-progress", CORPUS.toString()));
    builder.environment().putAll(ENV);
    builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
    builder.redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile());
    return builder.start();
  }

  /**
   * Waits until the child has committed articles (it commits every 1,000), then a little longer so
   * the kill lands in the middle of writing the next ones.
   */
  private static void waitForFirstCommit(Path index, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.isDirectory(index)) {
        try (NewsIndex reader = NewsIndex.openForReading(index)) {
          if (reader.stats().articles() > 0) {
            Thread.sleep(1500);
            return;
          }
        } catch (RuntimeException e) {
          // the child is between creating the folder and its first commit
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the child ingest never committed: " + Files.readString(index.resolveSibling("child.log")));
  }
}
