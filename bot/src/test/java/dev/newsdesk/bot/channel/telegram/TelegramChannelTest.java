package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Newsdesk in Telegram, through the real TelegramBots client and a fake Bot API")
class TelegramChannelTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final long ANN = 42;
  static final long GROUP = -100200;

  @TempDir static Path home;
  static NewsIndex index;

  FakeBotApi api;
  TelegramChannel channel;

  @BeforeAll
  static void indexArticles() {
    index = TelegramTestbed.index(home);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @BeforeEach
  void startApi() throws IOException {
    api = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    if (channel != null) {
      channel.close();
    }
    api.close();
  }

  void start(Map<String, String> env) {
    channel = TelegramTestbed.start(api, home, index, env);
  }

  List<Call> awaitMessages(int count) throws InterruptedException {
    return api.await("sendMessage", calls -> calls.size() >= count, WAIT);
  }

  @Nested
  @DisplayName("at start")
  class AtStart {

    @Test
    @DisplayName("it learns its name, registers its commands, and deletes the webhook before polling")
    void registers() throws InterruptedException {
      start(Map.of());
      api.await("getUpdates", calls -> !calls.isEmpty(), WAIT);

      assertThat(channel.botUsername()).isEqualTo(FakeBotApi.BOT_USERNAME);
      assertThat(api.calls("setMyCommands").get(0).params().get("commands").findValuesAsText("command"))
          .containsExactly("ask", "latest", "timeline", "sources", "reset", "follow", "following", "unfollow",
              "briefing", "help", "start");
      assertThat(api.calls("deleteWebhook").get(0).at()).isBeforeOrEqualTo(api.calls("getUpdates").get(0).at());
    }
  }

  @Nested
  @DisplayName("in a private chat")
  class PrivateChat {

    @Test
    @DisplayName("a question gets an HTML answer with [n] citations and linked sources, after a typing action")
    void answersWithSources() throws InterruptedException {
      start(Map.of());
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");

      Call answer = awaitMessages(1).get(0);

      assertThat(answer.html()).isTrue();
      assertThat(answer.params().path("chat_id").asLong()).isEqualTo(ANN);
      assertThat(answer.text()).contains("Monday").contains("[1]").contains("<b>Sources</b>")
          .contains("[1] <a href=\"https://harbor-gazette.example/bridge\">Harbor bridge reopens after repairs</a>"
              + " — Harbor Gazette, 2026-11-20");
      // the typing action is sent on its own thread: a fast answer can reach the fake before it
      assertThat(api.await("sendChatAction", calls -> !calls.isEmpty(), java.time.Duration.ofSeconds(5))).first()
          .satisfies(c -> assertThat(c.params().path("action").asText()).isEqualTo("typing"));
    }

    @Test
    @DisplayName("titles containing <b> and & are escaped")
    void escapesTitles() throws InterruptedException {
      start(Map.of());
      api.privateMessage(ANN, "How much did the council raise tram fares?");

      String text = awaitMessages(1).get(0).text();

      assertThat(text).contains("&lt;b&gt;Bold&lt;/b&gt; claims &amp; counterclaims over tram fares</a>")
          .doesNotContain("<b>Bold</b>");
    }

    @Test
    @DisplayName("/sources lists the last answer's sources with the passages quoted")
    void sources() throws InterruptedException {
      start(Map.of());
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");
      awaitMessages(1);
      api.privateMessage(ANN, "/sources");

      String text = awaitMessages(2).get(1).text();

      assertThat(text).startsWith("<b>Sources of the last answer</b>")
          .contains("Harbor bridge reopens after repairs</a>").contains("<i>The Harbor bridge reopened on Monday");
    }

    @Test
    @DisplayName("/latest lists the newest headlines first, and /latest topic only those on the topic")
    void latest() throws InterruptedException {
      start(Map.of());
      api.privateMessage(ANN, "/latest");
      api.privateMessage(ANN, "/latest tram");

      List<Call> sent = awaitMessages(2);

      assertThat(sent.get(0).text()).startsWith("<b>Latest headlines</b>\n• <a href=\"https://harbor-gazette.example/whales\">"
          + "Museum opens whale hall</a> — Harbor Gazette, 2026-11-25");
      assertThat(sent.get(1).text()).startsWith("<b>Latest headlines about “tram”</b>").contains("tram fares")
          .doesNotContain("whale");
    }

    @Test
    @DisplayName("/start and /help explain the commands; /reset forgets the conversation")
    void help() throws InterruptedException {
      start(Map.of());
      api.privateMessage(ANN, "/start");
      api.privateMessage(ANN, "/reset");

      List<Call> sent = awaitMessages(2);

      assertThat(sent.get(0).text()).contains("/latest").contains("/sources").contains("mention me");
      assertThat(sent.get(1).text()).isEqualTo("Conversation forgotten; the next question starts afresh.");
    }

    @Test
    @DisplayName("a question longer than the limit is answered with the reason")
    void tooLong() throws InterruptedException {
      start(Map.of("NEWSDESK_ANSWER_MAX_QUESTION_LENGTH", "40"));
      api.privateMessage(ANN, "What happened to the Harbor bridge and the tram fares this month?");

      assertThat(awaitMessages(1).get(0).text()).startsWith("That question is 65 characters long; the limit is 40");
    }
  }

  @Nested
  @DisplayName("in a group")
  class Group {

    @Test
    @DisplayName("a message without a mention is ignored; a mention is answered as a reply")
    void mentionOnly() throws InterruptedException {
      start(Map.of());
      api.groupMessage(GROUP, ANN, "When did the Harbor bridge reopen?");
      int mention = api.groupMessage(GROUP, ANN, "@newsdesk_test_bot when did the Harbor bridge reopen?");

      List<Call> sent = awaitMessages(1);
      Thread.sleep(300);

      assertThat(api.calls("sendMessage")).hasSize(1);
      assertThat(sent.get(0).params().path("reply_to_message_id").asInt()).isEqualTo(mention);
      assertThat(sent.get(0).text()).contains("[1]").contains("Harbor bridge reopens after repairs");
    }

    @Test
    @DisplayName("a reply to the bot's answer and /ask are answered; /ask addressed to another bot is not")
    void replyAndAsk() throws InterruptedException {
      start(Map.of());
      api.groupMessage(GROUP, ANN, "/ask@some_other_bot when did the bridge reopen?");
      api.groupMessage(GROUP, ANN, "/ask@newsdesk_test_bot When did the Harbor bridge reopen?");
      awaitMessages(1);
      int reply = api.groupReply(GROUP, ANN, "So when did the Harbor bridge reopen to traffic?",
          api.sentMessageIds().get(0), FakeBotApi.BOT_ID);

      List<Call> sent = awaitMessages(2);

      assertThat(sent).hasSize(2);
      assertThat(sent.get(1).params().path("reply_to_message_id").asInt()).isEqualTo(reply);
      assertThat(sent.get(1).text()).contains("Monday").contains("[1]");
    }
  }

  @Nested
  @DisplayName("when Telegram pushes back")
  class Failures {

    @Test
    @DisplayName("a rejected-entities error leads to a plain-text resend the user can read")
    void plainResend() throws InterruptedException {
      start(Map.of());
      api.failNext("sendMessage", 400,
          "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities: unexpected end tag\"}");
      api.privateMessage(ANN, "How much did the council raise tram fares?");

      List<Call> sent = awaitMessages(2);

      assertThat(sent.get(0).html()).isTrue();
      assertThat(sent.get(1).html()).isFalse();
      assertThat(sent.get(1).text()).contains("<b>Bold</b> claims & counterclaims over tram fares (https://valley-wire.example/fares)")
          .doesNotContain("&amp;").doesNotContain("<a href");
    }

    @Test
    @DisplayName("429 with retry_after is respected: the second attempt comes after the delay")
    void retryAfter() throws InterruptedException {
      start(Map.of());
      api.failNext("sendMessage", 429,
          "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");

      List<Call> sent = awaitMessages(2);

      assertThat(Duration.between(sent.get(0).at(), sent.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
      assertThat(sent.get(1).text()).isEqualTo(sent.get(0).text()).contains("[1]");
    }

    @Test
    @DisplayName("a 5xx from getUpdates is backed off and polling resumes")
    void pollingResumes() throws InterruptedException {
      start(Map.of());
      api.await("getUpdates", calls -> !calls.isEmpty(), WAIT);
      api.failNext("getUpdates", 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");

      assertThat(awaitMessages(1).get(0).text()).contains("[1]");
    }

    @Test
    @DisplayName("an unreadable update and an unknown update type are skipped; the next question is answered")
    void badUpdates() throws InterruptedException {
      start(Map.of());
      ObjectMapper json = new ObjectMapper();
      ObjectNode broken = json.createObjectNode();
      broken.put("message", "not a message");
      api.rawUpdate(broken);
      ObjectNode unknown = json.createObjectNode();
      unknown.putObject("some_future_update").put("id", 1);
      api.rawUpdate(unknown);
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");

      assertThat(awaitMessages(1).get(0).text()).contains("[1]");
    }
  }

  @Nested
  @DisplayName("access and abuse")
  class Access {

    @Test
    @DisplayName("past the rate limit the user gets a polite reply instead of an answer")
    void rateLimit() throws InterruptedException {
      start(Map.of("NEWSDESK_CHAT_RATE_LIMIT_BURST", "1", "NEWSDESK_CHAT_RATE_LIMIT_PER_MINUTE", "1"));
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");
      api.privateMessage(ANN, "How much did the repairs cost?");

      List<Call> sent = awaitMessages(2);

      assertThat(sent.get(0).text()).contains("[1]");
      assertThat(sent.get(1).text()).startsWith("You are asking faster than I can keep up with. Please wait")
          .endsWith("seconds before the next question.");
    }

    @Test
    @DisplayName("with allow-lists, only allowed users in allowed chats are answered")
    void allowList() throws InterruptedException {
      start(Map.of("NEWSDESK_TELEGRAM_ALLOWED_USERS", "42", "NEWSDESK_TELEGRAM_ALLOWED_CHATS", "42"));
      api.privateMessage(7, "When did the Harbor bridge reopen?");
      api.groupMessage(GROUP, ANN, "@newsdesk_test_bot When did the Harbor bridge reopen?");
      api.privateMessage(ANN, "When did the Harbor bridge reopen?");

      List<Call> sent = awaitMessages(1);
      Thread.sleep(300);

      assertThat(api.calls("sendMessage")).hasSize(1);
      assertThat(sent.get(0).params().path("chat_id").asLong()).isEqualTo(ANN);
    }
  }
}
