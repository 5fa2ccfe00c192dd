package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk serve")
class ServeCommandTest {

  @TempDir Path home;

  @Test
  @DisplayName("on an empty index says so, indexes no sample news, and its /healthz says the index is empty")
  void emptyIndexStaysEmpty() throws Exception {
    Path index = home.resolve("typo-index");
    Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString(),
        "XDG_CONFIG_HOME", home.resolve("config").toString(), "NEWSDESK_EMBEDDING_PROVIDER", "none",
        "NEWSDESK_HTTP_HOST", "127.0.0.1", "NEWSDESK_HTTP_PORT", "0");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread serve = new Thread(() -> Main.run(new String[] {"--index", index.toString(), "serve"}, env,
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)), "serve-under-test");
    serve.start();
    try {
      int port = port(out, Duration.ofSeconds(60));
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"articles\":0").contains("is empty");
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("the index at " + index + " is empty or missing");
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("serving 0 articles");
    } finally {
      serve.interrupt();
      serve.join(30_000);
    }
    try (NewsIndex reader = NewsIndex.openForReading(index)) {
      assertThat(reader.articleCount()).as("no sample news was indexed").isZero();
    }
  }

  /** The port of the /healthz route, read from what serve prints once it listens. */
  private static int port(ByteArrayOutputStream out, Duration patience) throws InterruptedException {
    Pattern line = Pattern.compile("GET /healthz on port (\\d+)");
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      Matcher m = line.matcher(out.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no port within " + patience + ": " + out.toString(StandardCharsets.UTF_8));
  }
}
