package dev.newsdesk.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.search.SearchMode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The HTTP API")
class ApiRoutesTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  static NewsIndex index;
  static NewsdeskServer open;
  static NewsdeskServer guarded;
  static AnsweringService answering;
  static dev.newsdesk.bot.answer.NewsSearch search;
  static dev.newsdesk.bot.story.StoryTimelines timelines;
  static NewsdeskMetrics metrics;

  @BeforeAll
  static void start() {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ANSWER_MAX_QUESTION_LENGTH", "200");
    Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder))
        .load(Optional.empty()).withIndexPath(folder.resolve("index")));
    index = newsdesk.openForWriting();
    newsdesk.ingester(index).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
    metrics = new NewsdeskMetrics(index);
    answering = newsdesk.answering(index, metrics);
    search = newsdesk.search(index, SearchMode.HYBRID);
    timelines = newsdesk.timelines(index);
    open = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
        new ApiRoutes(answering, search, timelines, index, metrics, Optional.empty()).routes());
    guarded = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
        new ApiRoutes(answering, search, timelines, index, metrics, Optional.of("s3cret")).routes());
  }

  @AfterAll
  static void stop() {
    open.close();
    guarded.close();
    index.close();
  }

  static HttpResponse<String> post(NewsdeskServer server, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(NewsdeskServer server, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Nested
  @DisplayName("POST /api/ask")
  class Ask {

    @Test
    @DisplayName("answers with the shape of ask --json")
    void answers() throws Exception {
      HttpResponse<String> response = post(open, "/api/ask", "{\"question\": \"Which rocket did Kestrel-2 launch aboard?\"}");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode answer = JSON.readTree(response.body());
      assertThat(answer.get("answer").asText()).contains("Tern-4").contains("[1]");
      assertThat(answer.get("abstained").asBoolean()).isFalse();
      assertThat(answer.get("sources").get(0).get("url").asText()).startsWith("https://");
    }

    @Test
    @DisplayName("honours as_of: news after it is not used")
    void asOf() throws Exception {
      HttpResponse<String> response = post(open, "/api/ask",
          "{\"question\": \"Which rocket did Kestrel-2 launch aboard?\", \"as_of\": \"2026-07-01\"}");
      JsonNode answer = JSON.readTree(response.body());
      assertThat(answer.get("answer").asText()).doesNotContain("Tern-4");
    }

    @Test
    @DisplayName("says precisely what is wrong with a bad request")
    void badRequests() throws Exception {
      assertThat(post(open, "/api/ask", "{\"question\": ").body()).contains("the body is not valid JSON");
      assertThat(post(open, "/api/ask", "[1, 2]").body()).contains("must be a JSON object");
      assertThat(post(open, "/api/ask", "{\"q\": \"x\"}").body()).contains("\\\"question\\\" is required");
      assertThat(post(open, "/api/ask", "{\"question\": 42}").body()).contains("\\\"question\\\" must be a string");
      HttpResponse<String> tooLong = post(open, "/api/ask", "{\"question\": \"" + "x".repeat(300) + "\"}");
      assertThat(tooLong.statusCode()).isEqualTo(400);
      assertThat(tooLong.body()).contains("the limit is 200");
    }

    @Test
    @DisplayName("wants the bearer token when one is configured")
    void bearerToken() throws Exception {
      String body = "{\"question\": \"Who won the Coastal Cup final?\"}";
      assertThat(post(guarded, "/api/ask", body).statusCode()).isEqualTo(401);
      assertThat(post(guarded, "/api/ask", body, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(post(guarded, "/api/ask", body, "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("random and malformed bodies get 200 or a 400 that says why, never a 500")
  void malformedBodies() throws Exception {
    java.util.Random random = new java.util.Random(3);
    java.util.List<String> pieces = java.util.List.of("{", "}", "\"question\"", ":", "\"", "[", "]", ",", "null", "42",
        "\"as_of\"", "\"2026-13-45\"", "\"outlets\"", "\\u0000", "true", "\"x\"");
    for (int round = 0; round < 120; round++) {
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        body.append(pieces.get(random.nextInt(pieces.size())));
      }
      HttpResponse<String> response = post(open, "/api/ask", body.toString());
      assertThat(response.statusCode()).as(body + " -> " + response.body()).isIn(200, 400);
      if (response.statusCode() == 400) {
        assertThat(JSON.readTree(response.body()).get("error").asText()).isNotBlank();
      }
    }
  }

  @Test
  @DisplayName("GET /api/search returns ranked passages, and needs q")
  void search() throws Exception {
    JsonNode results = JSON.readTree(get(open, "/api/search?q=Which%20rocket%20did%20Kestrel-2%20launch%20aboard&k=5").body()).get("results");
    assertThat(results).hasSize(5);
    assertThat(results.get(0).get("title").asText()).contains("Kestrel-2");
    assertThat(results).anySatisfy(r -> assertThat(r.get("text").asText()).contains("Tern-4"));
    assertThat(get(open, "/api/search").statusCode()).isEqualTo(400);
    assertThat(get(open, "/api/search?q=x&k=zero").body()).contains("k must be a whole number");
  }

  @Test
  @DisplayName("GET /healthz and /metrics tell operators how it goes")
  void healthAndMetrics() throws Exception {
    post(open, "/api/ask", "{\"question\": \"Who won the Coastal Cup final?\"}");
    assertThat(JSON.readTree(get(open, "/healthz").body()).get("articles").asLong()).isEqualTo(44);
    String metrics = get(open, "/metrics").body();
    assertThat(metrics).contains("newsdesk_questions_total").contains("newsdesk_answer_latency_seconds_bucket")
        .contains("newsdesk_index_articles 44.0").contains("newsdesk_index_size_bytes");
  }

  @Nested
  @DisplayName("hostile input")
  class Hostile {

    @Test
    @DisplayName("a search query over the length limit is a 400 that says so, before any analysis")
    void longQuery() throws Exception {
      HttpResponse<String> response = get(open, "/api/search?q=" + "%21%3F".repeat(5_000));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("q is 10000 characters long; the limit is 500");
    }

    @Test
    @DisplayName("a search of 600 distinct words within the limit is answered, never a TooManyClauses 500")
    void manyDistinctWords() throws Exception {
      String words = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "w" + Integer.toString(i, 36))
          .collect(java.util.stream.Collectors.joining("%20"));
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          new ApiRoutes(answering, search, timelines, index, metrics, Optional.empty(), 10_000).routes())) {
        HttpResponse<String> response = get(server, "/api/search?q=" + words + "%20Kestrel-2&k=3");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("results").get(0).get("title").asText()).contains("Kestrel-2");
      }
    }

    @Test
    @DisplayName("an as_of beyond the year 9999 is a 400 naming as_of, on both routes")
    void asOfOutOfRange() throws Exception {
      HttpResponse<String> ask = post(open, "/api/ask",
          "{\"question\": \"Who won the Coastal Cup final?\", \"as_of\": \"+999999999-12-31T23:59:59Z\"}");
      HttpResponse<String> search = get(open, "/api/search?q=cup&as_of=%2B999999999-12-31T23:59:59Z");

      assertThat(ask.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(ask.body()).get("error").asText()).startsWith("as_of must lie between 0001-01-01 and 9999-12-31");
      assertThat(search.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(search.body()).get("error").asText()).startsWith("as_of must lie between");
    }

    @Test
    @DisplayName("a conversation_id over 128 characters is a 400 naming conversation_id")
    void longConversationId() throws Exception {
      HttpResponse<String> response = post(open, "/api/ask",
          "{\"question\": \"Who won the Coastal Cup final?\", \"conversation_id\": \"" + "c".repeat(129) + "\"}");
      HttpResponse<String> fine = post(open, "/api/ask",
          "{\"question\": \"Who won the Coastal Cup final?\", \"conversation_id\": \"" + "c".repeat(128) + "\"}");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(response.body()).get("error").asText())
          .isEqualTo("conversation_id is 129 characters long; the limit is 128");
      assertThat(fine.statusCode()).isEqualTo(200);
    }
  }

  @Nested
  @DisplayName("GET /api/timeline")
  class Timelines {

    @Test
    @DisplayName("returns the story's developments oldest first, each citing its numbered source, copies folded in")
    void developments() throws Exception {
      HttpResponse<String> response = get(open, "/api/timeline?topic=Brennick%20port%20strike");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.get("topic").asText()).isEqualTo("Brennick port strike");
      assertThat(body.get("abstained").asBoolean()).isFalse();
      assertThat(body.get("developments").findValuesAsText("date"))
          .containsExactly("2026-06-03", "2026-06-08", "2026-06-14", "2026-06-24");
      assertThat(body.get("sources").findValuesAsText("published"))
          .containsExactly("2026-06-03", "2026-06-08", "2026-06-14", "2026-06-24");
      for (JsonNode d : body.get("developments")) {
        assertThat(d.get("sentence").asText()).endsWith("[" + d.get("n").asInt() + "].");
      }
      JsonNode strike = body.get("developments").get(1);
      assertThat(strike.get("outlets").asInt()).as("the Harbor Gazette's and Coastline Daily's reports are one").isEqualTo(2);
      assertThat(body.get("answer").asText()).startsWith("How “Brennick port strike” developed:\n2026-06-03 — ")
          .contains("Also reported by");
    }

    @Test
    @DisplayName("reads the news as of as_of: the deal of 24 June is not there on 15 June")
    void asOf() throws Exception {
      JsonNode body = JSON.readTree(get(open, "/api/timeline?topic=Brennick%20port%20strike&as_of=2026-06-15").body());

      assertThat(body.get("developments").findValuesAsText("date")).containsExactly("2026-06-03", "2026-06-08", "2026-06-14");
      assertThat(body.get("as_of").asText()).isEqualTo("2026-06-15T23:59:59.999Z");
    }

    @Test
    @DisplayName("says plainly when the news holds nothing about the topic")
    void notFound() throws Exception {
      HttpResponse<String> response = get(open, "/api/timeline?topic=volcano%20eruption%20in%20Iceland");

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.get("abstained").asBoolean()).isTrue();
      assertThat(body.get("answer").asText()).isEqualTo(
          "I found nothing in the news about “volcano eruption in Iceland”, so I cannot show how it developed.");
      assertThat(body.get("developments")).isEmpty();
      assertThat(body.get("sources")).isEmpty();
    }

    @Test
    @DisplayName("refuses a missing, too long or badly dated request with 400 and the reason, and wants the token when one is set")
    void bounds() throws Exception {
      HttpResponse<String> missing = get(open, "/api/timeline");
      HttpResponse<String> tooLong = get(open, "/api/timeline?topic=" + "a".repeat(501));
      HttpResponse<String> badDate = get(open, "/api/timeline?topic=strike&as_of=June");

      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("the query parameter topic is required");
      assertThat(tooLong.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(tooLong.body()).get("error").asText()).isEqualTo("topic is 501 characters long; the limit is 500");
      assertThat(badDate.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(badDate.body()).get("error").asText())
          .isEqualTo("as_of must be yyyy-mm-dd or an ISO instant, was 'June'");
      assertThat(get(guarded, "/api/timeline?topic=strike").statusCode()).isEqualTo(401);
    }
  }
}
