package dev.newsdesk.bot.proof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.cli.Main;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.util.Optional;
import dev.newsdesk.retrieval.index.IndexIntegrity;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk serve")
class ServeShutdownTest {

  @TempDir Path folder;

  @Test
  @DisplayName("answers over HTTP, then stops on SIGTERM and leaves the index whole and writable")
  void stopsCleanlyOnSigterm() throws Exception {
    Path index = folder.resolve("index");
    java.util.Map<String, String> env = java.util.Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none");
    Newsdesk offline = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder))
        .load(Optional.empty()).withIndexPath(index));
    try (NewsIndex writable = offline.openForWriting()) {
      offline.ingester(writable).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--index", index.toString(), "serve"));
    builder.environment().put("NEWSDESK_EMBEDDING_PROVIDER", "none");
    builder.environment().put("NEWSDESK_HTTP_PORT", "0");
    builder.environment().put("NEWSDESK_HTTP_HOST", "127.0.0.1");
    builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
    Path log = folder.resolve("serve.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process serve = builder.start();
    int port = port(log, serve);

    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"Who won the Coastal Cup final?\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Eriksen");

    serve.destroy();
    assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
    assertThat(Files.readString(log)).contains("Stopping: finishing the answers in progress");
    try (NewsIndex writable = NewsIndex.openForWriting(index)) {
      assertThat(IndexIntegrity.check(writable).whole()).isTrue();
      assertThat(writable.articleCount()).isEqualTo(44);
    }
  }

  /** Waits for serve to say where it listens. */
  private static int port(Path log, Process serve) throws Exception {
    Pattern listening = Pattern.compile("POST /api/ask on port (\\d+)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && serve.isAlive()) {
      Matcher m = listening.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve never listened: " + Files.readString(log));
  }
}
