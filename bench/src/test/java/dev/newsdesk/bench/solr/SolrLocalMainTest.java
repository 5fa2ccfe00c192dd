package dev.newsdesk.bench.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk solr local} as a user runs it: its own JVM, one line on standard output, stopped by SIGTERM. */
class SolrLocalMainTest {

  @Test
  void should_print_one_zk_hosts_line_serve_the_collection_and_stop_on_sigterm(@TempDir Path folder) throws Exception {
    Path out = folder.resolve("stdout.txt");
    Path err = folder.resolve("stderr.txt");
    Process solr = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), SolrLocalMain.class.getName(),
        "--nodes", "1", "--shards", "1", "--replicas", "1")
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    try {
      String ready = firstLine(out, solr, Duration.ofMinutes(3));

      assertThat(ready).matches("zk-hosts=127\\.0\\.0\\.1:\\d+/solr");
      assertThat(collectionsAt(ready.substring("zk-hosts=".length()))).contains("newsdesk");

      solr.destroy(); // SIGTERM, as Ctrl-C or a process manager sends it
      assertThat(solr.waitFor(2, TimeUnit.MINUTES)).as("stopped within two minutes").isTrue();
    } finally {
      solr.destroyForcibly();
    }
    assertThat(Files.readAllLines(out)).as("standard output").hasSize(1);
    assertThat(Files.readString(err)).contains("the local SolrCloud has stopped").doesNotContain(" DEBUG ");
  }

  /** The first line {@code process} writes to {@code file}, waiting at most {@code patience}. */
  private static String firstLine(Path file, Process process, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      String text = Files.readString(file);
      if (text.contains("\n")) {
        return text.substring(0, text.indexOf('\n'));
      }
      assertThat(process.isAlive()).as("solr local still running (it printed no zk-hosts line)").isTrue();
      Thread.sleep(200);
    }
    throw new AssertionError("no zk-hosts line within " + patience);
  }

  private static List<String> collectionsAt(String zkHosts) throws Exception {
    int slash = zkHosts.indexOf('/');
    try (CloudSolrClient client = new CloudSolrClient.Builder(
        List.of(zkHosts.substring(0, slash)), Optional.of(zkHosts.substring(slash))).build()) {
      return CollectionAdminRequest.listCollections(client);
    }
  }
}
