package dev.newsdesk.bot.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.api.ApiRoutes;
import dev.newsdesk.bot.api.NewsdeskMetrics;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.FeedPoller;
import dev.newsdesk.retrieval.ingest.FeedState;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Concurrency")
class ConcurrencyTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
  static final List<String> QUESTIONS = List.of("Who won the Coastal Cup final?", "Which rocket did Kestrel-2 launch aboard?",
      "What pay rise did the Brennick dock workers get?", "How much damage did the Marlow Valley floods cause?",
      "Who won the mayoral election in Northfield?");

  @TempDir Path folder;

  /** A feed of many invented items, so that ingesting it takes a while. */
  static String bigFeed(int items) {
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Wire</title>");
    for (int i = 0; i < items; i++) {
      feed.append("<item><title>Council notice number ").append(i).append("</title><link>https://valleywire.example/notice/")
          .append(i).append("</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate><description>")
          .append(("Notice " + i + " concerns the repair of street lamps and benches in the old town district. ").repeat(30))
          .append("</description></item>");
    }
    return feed.append("</channel></rss>").toString();
  }

  @Test
  @DisplayName("50 concurrent /api/ask requests during a feed ingest: no errors, valid citations, no waiting on the ingest")
  void asksDuringIngest() throws Exception {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none");
    Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder))
        .load(Optional.empty()).withIndexPath(folder.resolve("index")));
    HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] feed = bigFeed(1500).getBytes(StandardCharsets.UTF_8);
    feeds.createContext("/feed.xml", exchange -> {
      exchange.sendResponseHeaders(200, feed.length);
      exchange.getResponseBody().write(feed);
      exchange.close();
    });
    feeds.start();
    try (NewsIndex index = newsdesk.openForWriting()) {
      newsdesk.ingester(index).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
      NewsdeskMetrics metrics = new NewsdeskMetrics(index);
      AnsweringService answering = newsdesk.answering(index, metrics);
      ApiRoutes api = new ApiRoutes(answering, newsdesk.search(index), newsdesk.timelines(index), index,
          metrics, Optional.empty());
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          api.routes())) {
        FeedPoller poller = newsdesk.feedPoller(index);
        CompletableFuture<FeedPoller.Polled> ingest = CompletableFuture.supplyAsync(
            () -> poller.poll(FeedState.fresh("http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed.xml")));

        List<CompletableFuture<HttpResponse<String>>> asks = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 50; i++) {
          String body = JSON.writeValueAsString(Map.of("question", QUESTIONS.get(i % QUESTIONS.size())));
          asks.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ask"))
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(asks.toArray(CompletableFuture[]::new)).join();
        boolean ingestStillRunning = !ingest.isDone();

        for (CompletableFuture<HttpResponse<String>> ask : asks) {
          HttpResponse<String> response = ask.get();
          assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
          assertCitationsValid(JSON.readTree(response.body()));
        }
        assertThat(ingestStillRunning).as("all 50 answers arrived while the ingest was still running").isTrue();
        assertThat(ingest.get().report()).hasValueSatisfying(r -> assertThat(r.added()).isEqualTo(1500));
        assertThat(index.articleCount()).isEqualTo(44 + 1500);
      }
    } finally {
      feeds.stop(0);
    }
  }

  private static void assertCitationsValid(JsonNode answer) {
    Set<Integer> cited = new HashSet<>();
    Matcher m = MARKER.matcher(answer.get("answer").asText());
    while (m.find()) {
      cited.add(Integer.parseInt(m.group(1)));
    }
    Set<Integer> listed = new HashSet<>();
    answer.get("sources").forEach(s -> listed.add(s.get("n").asInt()));
    assertThat(listed).isEqualTo(cited);
    assertThat(answer.get("abstained").asBoolean()).isFalse();
  }
}
