package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each expected failure at start prints one line saying what to do, exits non-zero, and shows no stack trace. */
@DisplayName("Expected start-up failures")
class StartFailuresTest {

  @TempDir Path home;
  private Cli cli;
  private Path index;

  @BeforeEach
  void setUp() {
    index = home.resolve("index");
    cli = new Cli(home).env("NEWSDESK_EMBEDDING_PROVIDER", "none");
  }

  /** Puts one article in the index, so that only the failure under test is reported. */
  private void oneArticle() throws IOException {
    Path article = Files.writeString(home.resolve("ferry.txt"), "Ferry fares frozen\n\nThe ferry fares were frozen today.");
    Cli.Result ingest = cli.run("--index", index.toString(), "ingest", "--no-progress", article.toString());
    assertThat(ingest.status()).as(ingest.err()).isZero();
  }

  private static void assertOneCleanLine(Cli.Result result, String expected) {
    assertThat(result.status()).isNotZero();
    assertThat(result.err().strip().lines()).as(result.err()).hasSize(1);
    assertThat(result.err()).startsWith("newsdesk: ").contains(expected)
        .doesNotContain("Exception", "\tat ", "unexpected failure");
  }

  @Test
  @DisplayName("serve on a port that is taken")
  void busyPort() throws IOException {
    oneArticle();
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result result = cli.env("NEWSDESK_HTTP_HOST", "127.0.0.1")
          .env("NEWSDESK_HTTP_PORT", Integer.toString(taken.getLocalPort()))
          .run("--index", index.toString(), "serve");
      assertOneCleanLine(result, "NEWSDESK_HTTP_PORT");
    }
  }

  @Test
  @DisplayName("telegram with a token the Bot API refuses")
  void refusedTelegramToken() throws IOException {
    oneArticle();
    HttpServer botApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    botApi.createContext("/", exchange -> {
      byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    botApi.start();
    try {
      Path config = Files.writeString(home.resolve("newsdesk.yml"),
          "telegram:\n  api-url: http://127.0.0.1:" + botApi.getAddress().getPort() + "\n");
      Cli.Result result = cli.env("TELEGRAM_BOT_TOKEN", "123456:refused-token-value")
          .run("--index", index.toString(), "--config", config.toString(), "telegram");
      assertOneCleanLine(result, "Telegram");
      assertThat(result.err()).doesNotContain("refused-token-value");
    } finally {
      botApi.stop(0);
    }
  }

  @Test
  @DisplayName("a configuration file that is not valid YAML")
  void unreadableConfig() throws IOException {
    Path config = Files.writeString(home.resolve("broken.yml"), "retrieval:\n  passages: [unclosed\n");
    assertOneCleanLine(cli.run("--index", index.toString(), "--config", config.toString(), "stats"), "broken.yml");
  }

  @Test
  @DisplayName("ingest into an index another process is writing")
  void lockedIndex() throws IOException {
    Path article = Files.writeString(home.resolve("a.txt"), "Ferry fares frozen\n\nThe ferry fares were frozen today.");
    try (NewsIndex writer = NewsIndex.openForWriting(index)) {
      assertOneCleanLine(cli.run("--index", index.toString(), "ingest", "--no-progress", article.toString()), "index");
    }
  }
}
