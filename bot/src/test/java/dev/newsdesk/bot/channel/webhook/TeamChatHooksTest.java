package dev.newsdesk.bot.channel.webhook;

import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import dev.newsdesk.bot.http.ServerLimits;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Mattermost and Rocket.Chat hooks")
class TeamChatHooksTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  static SampleNewsAnswering news;
  static NewsdeskServer server;

  @BeforeAll
  static void start() {
    news = SampleNewsAnswering.indexedIn(folder);
    ChannelSettings.Hooks hooks = new ChannelSettings.Hooks(Optional.of("mm-token-123"), Optional.of("rc-token-456"), Optional.empty());
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
        TeamChatHooks.routes(hooks, new RateLimiter(60, 20, Clock.systemUTC()), news.answering()));
  }

  @AfterAll
  static void stop() {
    server.close();
    news.close();
  }

  static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String form(String... pairs) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.append(out.length() == 0 ? "" : "&").append(pairs[i]).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  @Nested
  @DisplayName("Mattermost")
  class Mattermost {

    @Test
    @DisplayName("a slash command is answered in the channel with citations and Markdown links")
    void slashCommand() throws Exception {
      HttpResponse<String> response = post("/hooks/mattermost", "application/x-www-form-urlencoded", form(
          "channel_id", "ch1", "channel_name", "town-square", "command", "/news", "response_url", "http://127.0.0.1:1/hooks/x",
          "team_domain", "newsroom", "team_id", "team1", "text", QUESTION, "token", "mm-token-123",
          "trigger_id", "abc", "user_id", "u1", "user_name", "ana"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      JsonNode reply = JSON.readTree(response.body());
      assertThat(reply.get("response_type").asText()).isEqualTo("in_channel");
      assertThat(reply.get("text").asText()).contains("Tern-4").contains("[1]").contains("**Sources**")
          .containsPattern("\\[[^\\]]+\\]\\(https?://[^)]+\\)");
      assertThat(reply.get("text").asText().length()).isLessThanOrEqualTo(MattermostHook.MAX_LENGTH);
    }

    @Test
    @DisplayName("an outgoing webhook's trigger word is removed and the answer is a comment on the post")
    void outgoingWebhook() throws Exception {
      HttpResponse<String> response = post("/hooks/mattermost", "application/json", JSON.createObjectNode()
          .put("token", "mm-token-123").put("team_id", "team1").put("channel_id", "ch1").put("user_id", "u1")
          .put("post_id", "p1").put("trigger_word", "#news").put("text", "#news " + QUESTION).toString());

      JsonNode reply = JSON.readTree(response.body());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(reply.get("response_type").asText()).isEqualTo("comment");
      assertThat(reply.get("text").asText()).contains("Tern-4").contains("[1]");
    }

    @Test
    @DisplayName("an empty question gets the answering service's own explanation")
    void emptyQuestion() throws Exception {
      HttpResponse<String> response = post("/hooks/mattermost", "application/x-www-form-urlencoded",
          form("token", "mm-token-123", "command", "/news", "text", " ", "user_id", "u1"));

      assertThat(JSON.readTree(response.body()).get("text").asText()).isEqualTo("Please ask a question about the news.");
    }

    @Test
    @DisplayName("a wrong token gets 401 and no answer")
    void wrongToken() throws Exception {
      HttpResponse<String> response = post("/hooks/mattermost", "application/x-www-form-urlencoded",
          form("token", "mm-token-999", "command", "/news", "text", QUESTION, "user_id", "u1"));

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).doesNotContain("Tern-4");
    }
  }

  @Nested
  @DisplayName("Rocket.Chat")
  class RocketChat {

    @Test
    @DisplayName("an outgoing webhook is answered in the question's thread with citations")
    void outgoingWebhook() throws Exception {
      HttpResponse<String> response = post("/hooks/rocketchat", "application/json", JSON.createObjectNode()
          .put("token", "rc-token-456").put("bot", false).put("channel_id", "GENERAL").put("channel_name", "general")
          .put("message_id", "m1").put("timestamp", "2026-11-29T10:00:00.000Z").put("user_id", "u1")
          .put("user_name", "ana").put("text", "@newsdesk " + QUESTION).put("trigger_word", "@newsdesk").toString());

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode reply = JSON.readTree(response.body());
      assertThat(reply.get("tmid").asText()).isEqualTo("m1");
      assertThat(reply.get("text").asText()).contains("Tern-4").contains("[1]").containsPattern("\\]\\(https?://");
      assertThat(reply.get("text").asText().length()).isLessThanOrEqualTo(RocketChatHook.MAX_LENGTH);
    }

    @Test
    @DisplayName("a question inside a thread is answered in that thread")
    void inThread() throws Exception {
      HttpResponse<String> response = post("/hooks/rocketchat", "application/json", JSON.createObjectNode()
          .put("token", "rc-token-456").put("channel_id", "GENERAL").put("message_id", "m2").put("tmid", "m1")
          .put("user_id", "u1").put("text", QUESTION).toString());

      assertThat(JSON.readTree(response.body()).get("tmid").asText()).isEqualTo("m1");
    }

    @Test
    @DisplayName("a bot's message is not answered")
    void botMessage() throws Exception {
      HttpResponse<String> response = post("/hooks/rocketchat", "application/json", JSON.createObjectNode()
          .put("token", "rc-token-456").put("message_id", "m3").put("user_id", "newsdesk").put("text", QUESTION)
          .set("bot", JSON.createObjectNode().put("i", "integration1")).toString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).has("text")).isFalse();
    }

    @Test
    @DisplayName("a wrong or missing token gets 401")
    void wrongToken() throws Exception {
      assertThat(post("/hooks/rocketchat", "application/json", "{\"token\":\"mm-token-123\",\"text\":\"hi\"}").statusCode())
          .isEqualTo(401);
      assertThat(post("/hooks/rocketchat", "application/json", "{\"text\":\"hi\"}").statusCode()).isEqualTo(401);
    }
  }
}
