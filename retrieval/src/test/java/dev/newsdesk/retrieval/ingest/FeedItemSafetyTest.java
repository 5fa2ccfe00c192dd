package dev.newsdesk.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed items are the internet's say-so: their links are checked, bounded in time, and a bad one costs only itself. */
@DisplayName("Feed items that would hurt")
class FeedItemSafetyTest {

  static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  static final String SECRET = "the launch codes are 0000";
  static final String LONG = "Volunteers counted 41 seal pups on the sandbank this week, up from 33 last year. ".repeat(10);

  /** Refuses what the default policy refuses, but for 127.0.0.1, where the test's feed is served. */
  static final AddressPolicy ALL_BUT_OUR_FEED = new AddressPolicy(
      address -> AddressPolicy.isPrivate(address) && !address.getHostAddress().equals("127.0.0.1"));

  @TempDir Path folder;
  HttpServer feeds;
  HttpServer secrets;
  NewsIndex index;
  volatile String feedBody = "";
  final List<String> secretRequests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feeds.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    feeds.createContext("/feed.xml", exchange -> send(exchange, 200, "application/rss+xml", feedBody));
    feeds.createContext("/redirect", exchange -> {
      exchange.getResponseHeaders().add("Location", secretUrl());
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    feeds.createContext("/trickle", FeedItemSafetyTest::trickle);
    feeds.start();
    // a second loopback address stands for the private network the feed must not reach
    secrets = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
    secrets.createContext("/secret", exchange -> {
      secretRequests.add(exchange.getRequestURI().toString());
      send(exchange, 200, "text/html", "<html><body><article><p>" + (SECRET + ". ").repeat(40) + "</p></article></body></html>");
    });
    secrets.start();
    index = NewsIndex.openForWriting(folder);
  }

  @AfterEach
  void stop() {
    feeds.stop(0);
    secrets.stop(0);
    index.close();
  }

  String base() {
    return "http://127.0.0.1:" + feeds.getAddress().getPort();
  }

  String secretUrl() {
    return "http://127.0.0.2:" + secrets.getAddress().getPort() + "/secret";
  }

  FeedPoller poller(AddressPolicy policy, Duration timeout) {
    Ingester ingester = new Ingester(index, new InputLoader(1 << 20, new UrlFetcher(timeout)), Readers::read,
        new PassageSplitter(), Optional.empty(), 16);
    return new FeedPoller(ingester, new UrlFetcher(timeout, policy), Duration.ofMinutes(15), timeout, 1 << 20,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  String feed(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coastline Daily</title><link>" + base()
        + "/</link>" + String.join("", items) + "</channel></rss>";
  }

  static String item(String title, String link, String description) {
    return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate>"
        + "<description>" + description + "</description></item>";
  }

  FeedPoller.Polled poll(FeedPoller poller) {
    return poller.poll(FeedState.fresh(base() + "/feed.xml"));
  }

  @Test
  @DisplayName("an item linking straight to a private address is not fetched; its summary is kept and the refusal reported")
  void privateLink() {
    feedBody = feed(item("Short item", secretUrl(), "A short summary."));

    FeedPoller.Polled polled = poll(poller(ALL_BUT_OUR_FEED, Duration.ofSeconds(5)));

    assertThat(secretRequests).isEmpty();
    assertThat(polled.itemProblems()).extracting(Problem::reason)
        .anySatisfy(r -> assertThat(r).contains("refused: 127.0.0.2 is a private address"));
    assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("launch codes", 3))).isEmpty();
  }

  @Test
  @DisplayName("an item whose page redirects to a private address is not followed there")
  void privateRedirect() {
    feedBody = feed(item("Short item", base() + "/redirect", "A short summary."));

    FeedPoller.Polled polled = poll(poller(ALL_BUT_OUR_FEED, Duration.ofSeconds(5)));

    assertThat(secretRequests).isEmpty();
    assertThat(polled.itemProblems()).extracting(Problem::reason)
        .anySatisfy(r -> assertThat(r).contains("redirected to " + secretUrl()).contains("refused"));
    assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("launch codes", 3))).isEmpty();
  }

  @Test
  @DisplayName("with private addresses allowed (feeds.allow-private-addresses) the same redirect is followed")
  void allowedWhenConfigured() {
    feedBody = feed(item("Short item", base() + "/redirect", "A short summary."));

    poll(poller(AddressPolicy.ANY, Duration.ofSeconds(5)));

    assertThat(secretRequests).containsExactly("/secret");
    assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("launch codes", 3))).isNotEmpty();
  }

  @Test
  @DisplayName("file: and malformed links are reported and skipped; the good item is indexed and the feed does not fail")
  void badLinks() {
    feedBody = feed(item("Local file", "file:///etc/passwd", "A short summary."),
        item("Broken link", "http://exa mple.com/%%zz", "A short summary."),
        item("Seal pups counted", base() + "/seals", LONG));

    FeedPoller.Polled polled = poll(poller(ALL_BUT_OUR_FEED, Duration.ofSeconds(5)));

    assertThat(polled.state().lastError()).isEmpty();
    assertThat(polled.report()).hasValueSatisfying(r -> assertThat(r.added()).isEqualTo(1));
    assertThat(polled.itemProblems()).extracting(Problem::location)
        .containsExactly("feed item \"Local file\"", "feed item \"Broken link\"");
    assertThat(polled.itemProblems()).extracting(Problem::reason)
        .containsExactly("its link is not a web address: file:///etc/passwd; item skipped",
            "its link is malformed: http://exa mple.com/%%zz; item skipped");
  }

  @Test
  @DisplayName("an item page sent one byte at a time is given up at the deadline and the feed's other items are indexed")
  void tricklingPage() {
    feedBody = feed(item("Short item", base() + "/trickle", "A short summary."),
        item("Seal pups counted", base() + "/seals", LONG));

    long start = System.nanoTime();
    FeedPoller.Polled polled = poll(poller(ALL_BUT_OUR_FEED, Duration.ofSeconds(1)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(polled.report()).hasValueSatisfying(r -> assertThat(r.added()).isEqualTo(2));
    assertThat(polled.itemProblems()).extracting(Problem::reason)
        .anySatisfy(r -> assertThat(r).contains("timed out after 1 s"));
  }

  @Test
  @DisplayName("a failure nobody expected is a failed poll with back-off, not an exception")
  void unexpectedFailure() {
    feedBody = feed(item("Short item", base() + "/seals", "A short summary."));
    FeedPoller broken = new FeedPoller(null, new UrlFetcher(Duration.ofSeconds(1)), Duration.ofMinutes(15),
        Duration.ofSeconds(1), 1 << 20, Clock.fixed(NOW, ZoneOffset.UTC));

    FeedPoller.Polled polled = poll(broken);

    assertThat(polled.state().failures()).isEqualTo(1);
    assertThat(polled.state().lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("unexpected failure"));
    assertThat(polled.state().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
  }

  /** Sends a page one byte every 200 ms, for up to 20 seconds. */
  static void trickle(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/html");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 100; i++) {
        out.write('x');
        out.flush();
        Thread.sleep(200);
      }
    } catch (InterruptedException | IOException e) {
      // the client hung up
    }
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
