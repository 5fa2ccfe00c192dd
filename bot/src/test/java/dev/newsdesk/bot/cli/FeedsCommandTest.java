package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk feeds")
class FeedsCommandTest {

  @TempDir Path home;
  private HttpServer server;
  private Cli cli;
  private String index;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", exchange -> {
      byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Wire</title>"
          + "<item><title>Orchard harvest breaks record</title><link>https://valleywire.example/harvest</link>"
          + "<pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><description>"
          + "Apple growers in the valley picked a record harvest this autumn, the growers' association said. ".repeat(10)
          + "</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.createContext("/broken.xml", exchange -> {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
    cli = new Cli(home).env("NEWSDESK_EMBEDDING_PROVIDER", "none");
    index = home.resolve("index").toString();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void should_add_poll_list_and_remove_feeds() {
    assertThat(cli.run("--index", index, "feeds", "add", url("/feed.xml"), url("/broken.xml"), "not a url").out())
        .contains(url("/feed.xml") + ": added").contains("not a url: not an http(s) address");

    Cli.Result poll = cli.run("--index", index, "feeds", "poll");
    assertThat(poll.status()).isEqualTo(1);
    assertThat(poll.out()).contains(url("/feed.xml") + ": 1 added, 0 updated, 0 unchanged")
        .contains(url("/broken.xml") + ": failed: HTTP 500");
    assertThat(cli.run("--index", index, "stats", "--json").out()).contains("\"articles\":1");
    assertThat(cli.run("--index", index, "feeds", "list").out()).contains(url("/feed.xml") + "  ok, next poll")
        .contains(url("/broken.xml") + "  failing (1x): HTTP 500");

    assertThat(cli.run("--index", index, "feeds", "remove", url("/broken.xml")).out()).contains(": removed");
    assertThat(cli.run("--index", index, "feeds", "list").out()).doesNotContain("broken");
  }

  @Test
  void should_refuse_to_remove_a_feed_named_in_the_configuration() {
    Cli configured = cli.env("NEWSDESK_FEEDS_URLS", url("/feed.xml"));
    assertThat(configured.run("--index", index, "feeds", "list").out()).contains(url("/feed.xml") + " (configuration)");
    assertThat(configured.run("--index", index, "feeds", "remove", url("/feed.xml")).out())
        .contains("named in the configuration (feeds.urls)");
  }
}
