package dev.newsdesk.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.io.IOException;
import java.io.OutputStream;
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

@DisplayName("Polling a feed")
class FeedPollerTest {

  static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  static final String PAGE_TEXT = ("The harbour board voted on Tuesday to dredge the eastern channel, which has silted up "
      + "since the spring storms. ").repeat(8);

  @TempDir Path folder;
  private HttpServer server;
  private NewsIndex index;
  private FeedPoller poller;
  private final List<String> conditional = new CopyOnWriteArrayList<>();
  private volatile int feedStatus = 200;
  private volatile String feedBody;

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private String feed() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Coastline Daily</title><link>%s/</link>
        <item><title>Harbour board votes to dredge the eastern channel</title><link>%s/dredging</link>
        <pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><description>The board voted to dredge.</description></item>
        <item><title>Seal pups counted</title><link>%s/seals</link><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate>
        <description>%s</description></item>
        </channel></rss>""".formatted(base(), base(), base(),
        "Volunteers counted 41 seal pups on the sandbank this week, up from 33 last year. ".repeat(10));
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", this::serveFeed);
    server.createContext("/dredging", exchange -> send(exchange, 200, "text/html",
        "<html><head><title>Dredging</title></head><body><article><p>" + PAGE_TEXT + "</p></article></body></html>"));
    server.start();
    feedBody = feed();
    index = NewsIndex.openForWriting(folder);
    Ingester ingester = new Ingester(index, new InputLoader(1 << 20, new UrlFetcher(Duration.ofSeconds(5))),
        Readers::read, new PassageSplitter(), Optional.empty(), 16);
    poller = new FeedPoller(ingester, new UrlFetcher(Duration.ofSeconds(5)), Duration.ofMinutes(15),
        Duration.ofSeconds(5), 1 << 20, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    server.stop(0);
    index.close();
  }

  private void serveFeed(HttpExchange exchange) throws IOException {
    String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
    conditional.add(String.valueOf(etag));
    if ("\"v1\"".equals(etag) && feedStatus == 200) {
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().add("ETag", "\"v1\"");
    send(exchange, feedStatus, "application/rss+xml", feedStatus == 200 ? feedBody : "oops");
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void should_ingest_new_items_fetching_the_page_of_a_summary_and_be_searchable_at_once() {
    FeedPoller.Polled polled = poller.poll(FeedState.fresh(base() + "/feed.xml"));

    assertThat(polled.report()).hasValueSatisfying(r -> assertThat(r.added()).isEqualTo(2));
    assertThat(polled.state().etag()).contains("\"v1\"");
    assertThat(polled.state().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    List<RetrievedPassage> hits = Retrievers.bm25(index).retrieve(SearchRequest.of("eastern channel silted spring storms", 1));
    assertThat(hits.get(0).title()).isEqualTo("Harbour board votes to dredge the eastern channel");
    assertThat(hits.get(0).text()).contains("silted up since the spring storms");
  }

  @Test
  void should_send_the_etag_back_and_ingest_nothing_on_304() {
    FeedState after = poller.poll(FeedState.fresh(base() + "/feed.xml")).state();
    FeedPoller.Polled again = poller.poll(after);

    assertThat(conditional).containsExactly("null", "\"v1\"");
    assertThat(again.report()).isEmpty();
    assertThat(again.state().failures()).isZero();
  }

  @Test
  void should_find_duplicates_unchanged_when_the_feed_is_served_again() {
    poller.poll(FeedState.fresh(base() + "/feed.xml"));
    FeedPoller.Polled again = poller.poll(FeedState.fresh(base() + "/feed.xml"));
    assertThat(again.report()).hasValueSatisfying(r -> {
      assertThat(r.added()).isZero();
      assertThat(r.unchanged()).isEqualTo(2);
    });
  }

  @Test
  void should_back_off_after_a_server_error_and_keep_what_was_indexed() {
    FeedState ok = poller.poll(FeedState.fresh(base() + "/feed.xml")).state();
    feedStatus = 500;
    FeedPoller.Polled failed = poller.poll(FeedState.fresh(base() + "/feed.xml"));
    FeedPoller.Polled failedAgain = poller.poll(failed.state());

    assertThat(failed.state().lastError()).contains("HTTP 500");
    assertThat(failed.state().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(failedAgain.state().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
    assertThat(index.stats().articles()).isEqualTo(2);
    assertThat(ok.failures()).isZero();
  }

  @Test
  void should_give_up_on_a_hanging_feed_server_within_its_timeout() {
    server.createContext("/hangs.xml", exchange -> {
      try {
        Thread.sleep(4_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    FeedPoller impatient = new FeedPoller(null, new UrlFetcher(Duration.ofSeconds(1)), Duration.ofMinutes(15),
        Duration.ofSeconds(1), 1 << 20, Clock.fixed(NOW, ZoneOffset.UTC));
    long start = System.nanoTime();
    FeedPoller.Polled polled = impatient.poll(FeedState.fresh(base() + "/hangs.xml"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("gave up before the server answered").isLessThan(Duration.ofSeconds(4));
    assertThat(polled.state().lastError()).hasValueSatisfying(e -> assertThat(e).contains("timed out"));
    assertThat(polled.state().failures()).isEqualTo(1);
  }

  @Test
  void should_report_garbage_as_a_malformed_feed() {
    feedBody = "this is not a feed at all <<<";
    FeedPoller.Polled polled = poller.poll(FeedState.fresh(base() + "/feed.xml"));
    assertThat(polled.state().failures()).isEqualTo(1);
    assertThat(polled.state().lastError()).isPresent();
  }
}
