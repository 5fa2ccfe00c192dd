package dev.newsdesk.bot.channel.webhook;

import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Draft;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import dev.newsdesk.bot.http.ServerLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Microsoft Teams outgoing webhook")
class TeamsHookTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  /** A security token as Teams shows it: 32 random bytes, base64. */
  static final String SECURITY_TOKEN = token();

  @TempDir static Path folder;
  static SampleNewsAnswering news;

  NewsdeskServer server;

  @BeforeAll
  static void index() {
    news = SampleNewsAnswering.indexedIn(folder);
  }

  @AfterAll
  static void closeIndex() {
    news.close();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  static String token() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  void serve(AnsweringService answering, RateLimiter limiter, Duration replyWithin) {
    List<Route> routes = TeamChatHooks.routes(
        new ChannelSettings.Hooks(Optional.empty(), Optional.empty(), Optional.of(SECURITY_TOKEN)), limiter, answering,
        replyWithin);
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(), routes);
  }

  void serve() {
    serve(news.answering(), new RateLimiter(60, 20, Clock.systemUTC()), TeamsHook.REPLY_WITHIN);
  }

  /** A message activity as Teams posts it when someone @mentions the webhook in a channel. */
  static String activity(String conversationId, String userId, String html) {
    ObjectNode activity = JSON.createObjectNode().put("type", "message").put("id", "1732870000000")
        .put("timestamp", "2026-11-29T10:00:00.000Z").put("serviceUrl", "https://smba.trafficmanager.net/emea/")
        .put("channelId", "msteams").put("textFormat", "plain").put("text", html + "\n");
    activity.putObject("from").put("id", "29:" + userId).put("name", "Ana Lima").put("aadObjectId", userId);
    activity.putObject("conversation").put("isGroup", true).put("id", conversationId)
        .put("conversationType", "channel").put("tenantId", "tenant-1");
    activity.putObject("recipient").put("id", "28:webhook").put("name", "Newsdesk");
    activity.putArray("entities").addObject().put("type", "mention").put("text", "<at>Newsdesk</at>")
        .putObject("mentioned").put("id", "28:webhook").put("name", "Newsdesk");
    activity.putObject("channelData").putObject("team").put("id", "19:team@thread.skype");
    return activity.toString();
  }

  static String hmac(String securityToken, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(securityToken), "HmacSHA256"));
    return "HMAC " + Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  HttpResponse<String> post(String body, Optional<String> authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + TeamsHook.PATH))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    authorization.ifPresent(value -> request.header("Authorization", value));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> ask(String conversation, String user, String html) throws Exception {
    String body = activity(conversation, user, html);
    return post(body, Optional.of(hmac(SECURITY_TOKEN, body)));
  }

  static String text(HttpResponse<String> response) throws Exception {
    JsonNode reply = JSON.readTree(response.body());
    assertThat(reply.get("type").asText()).isEqualTo("message");
    return reply.get("text").asText();
  }

  @Nested
  @DisplayName("with a request signed by the webhook's security token")
  class Signed {

    @Test
    @DisplayName("answers the question without the @mention, citing [n] with the sources as links")
    void answers() throws Exception {
      serve();
      HttpResponse<String> response = ask("19:chan@thread.skype;messageid=1732870000000", "u1",
          "<at>Newsdesk</at>&nbsp;" + QUESTION);

      assertThat(response.statusCode()).isEqualTo(200);
      String text = text(response);
      assertThat(text).contains("Tern-4").contains("[1]").contains("**Sources**")
          .containsPattern("\\[1\\] \\[[^\\]]+\\]\\(https?://[^)]+\\)");
      assertThat(text).doesNotContain("<at>", "Newsdesk</at>");
      assertThat(text.length()).isLessThanOrEqualTo(TeamsHook.MAX_LENGTH);
    }

    @Test
    @DisplayName("a question only as long as the limit allows is refused with the reason")
    void tooLong() throws Exception {
      serve();
      assertThat(text(ask("19:chan@thread.skype;messageid=2", "u1", "<at>Newsdesk</at> " + "why ".repeat(200))))
          .contains("the limit is 500");
    }

    @Test
    @DisplayName("a user asking faster than the rate limit is told to wait, and not answered")
    void rateLimited() throws Exception {
      serve(news.answering(), new RateLimiter(1, 1, Clock.systemUTC()), TeamsHook.REPLY_WITHIN);
      assertThat(text(ask("19:chan@thread.skype;messageid=3", "u2", "<at>Newsdesk</at> " + QUESTION))).contains("Tern-4");

      String second = text(ask("19:chan@thread.skype;messageid=3", "u2", "<at>Newsdesk</at> " + QUESTION));
      assertThat(second).contains("faster than I can keep up").doesNotContain("Tern-4");
    }

    @Test
    @DisplayName("the conversation id is the conversation: a question in the same reply thread is a follow-up, elsewhere not")
    void replyThread() throws Exception {
      List<Integer> turnsSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
      serve(news.answeringWith((request, listener) -> {
        turnsSeen.add(request.history().size());
        return new Draft("Kestrel-2 launched aboard a Tern-4 rocket [1].", false, Provenance.MODEL);
      }), new RateLimiter(60, 20, Clock.systemUTC()), TeamsHook.REPLY_WITHIN);

      ask("19:chan@thread.skype;messageid=7", "u4", "<at>Newsdesk</at> " + QUESTION);
      ask("19:chan@thread.skype;messageid=7", "u5", "<at>Newsdesk</at> And which rocket carried it?");
      ask("19:chan@thread.skype;messageid=8", "u4", "<at>Newsdesk</at> And which rocket carried it?");

      assertThat(turnsSeen).containsExactly(0, 1, 0);
    }

    @Test
    @DisplayName("a slow answer gets the holding reply in time, and asking again gets the answer")
    void slowModel() throws Exception {
      CountDownLatch modelDone = new CountDownLatch(1);
      serve(news.answeringWith((request, listener) -> {
        try {
          modelDone.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Draft("Kestrel-2 launched aboard a Tern-4 rocket [1].", false, Provenance.MODEL);
      }), new RateLimiter(60, 20, Clock.systemUTC()), Duration.ofMillis(300));

      String first = text(ask("19:chan@thread.skype;messageid=4", "u3", "<at>Newsdesk</at> " + QUESTION));
      modelDone.countDown();
      String again = text(ask("19:chan@thread.skype;messageid=4", "u3", "<at>Newsdesk</at> " + QUESTION));

      assertThat(first).isEqualTo(TeamsHook.HOLDING);
      assertThat(again).startsWith("Kestrel-2 launched aboard a Tern-4 rocket [1].").contains("**Sources**");
    }
  }

  @Nested
  @DisplayName("without a valid signature")
  class Unsigned {

    @Test
    @DisplayName("a request signed with another token gets 401 and no answer")
    void wrongKey() throws Exception {
      serve();
      String body = activity("19:chan@thread.skype;messageid=5", "u1", "<at>Newsdesk</at> " + QUESTION);
      HttpResponse<String> response = post(body, Optional.of(hmac(token(), body)));

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body()).doesNotContain("Tern-4");
    }

    @Test
    @DisplayName("a body changed after signing, a missing header or a malformed one gets 401")
    void tamperedOrMissing() throws Exception {
      serve();
      String body = activity("19:chan@thread.skype;messageid=6", "u1", "<at>Newsdesk</at> " + QUESTION);
      String signature = hmac(SECURITY_TOKEN, body);

      assertThat(post(body.replace("Kestrel-2", "Kestrel-3"), Optional.of(signature)).statusCode()).isEqualTo(401);
      assertThat(post(body, Optional.empty()).statusCode()).isEqualTo(401);
      assertThat(post(body, Optional.of("HMAC not-base64!")).statusCode()).isEqualTo(401);
      assertThat(post(body, Optional.of(signature.replace("HMAC ", "Bearer "))).statusCode()).isEqualTo(401);
    }
  }

  @Test
  @DisplayName("the question is the message's text without the <at> mention, entities decoded")
  void question() {
    assertThat(TeamsHook.question("<at>Newsdesk</at>&nbsp;Who won the &quot;Coastal Cup&quot;?\n"))
        .isEqualTo("Who won the \"Coastal Cup\"?");
  }
}
