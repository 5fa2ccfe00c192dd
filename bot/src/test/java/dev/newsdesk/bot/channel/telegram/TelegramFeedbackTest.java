package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.api.FeedbackRoute;
import dev.newsdesk.bot.api.NewsdeskMetrics;
import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.bot.cli.Main;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Feedback on answers")
class TelegramFeedbackTest {

  static final long USER = 6161;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  @Test
  @DisplayName("a 👍 press in Telegram is stored, shown as counted, counted in /metrics and exported")
  void should_store_count_and_export_a_thumbs_up() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = new HashMap<>();
      env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
      env.put("NEWSDESK_TELEGRAM_API_URL", api.url());
      env.put("NEWSDESK_CHAT_RATE_LIMIT_BURST", "100");
      Newsdesk newsdesk = new Newsdesk(TelegramTestbed.config(home, env), TelegramTestbed.CLOCK);
      try (NewsIndex index = newsdesk.openForWriting()) {
        newsdesk.ingester(index).ingestArticles(TelegramTestbed.ARTICLES, IngestListener.QUIET);
        NewsdeskMetrics metrics = new NewsdeskMetrics(index);
        metrics.countFeedback(newsdesk.feedback());
        try (InboundChannels channels = newsdesk.startChannels(newsdesk.answering(index), index,
            EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of())) {
          api.privateMessage(USER, "How much did the Harbor bridge repairs cost?");
          Call buttons = api.await("editMessageReplyMarkup", calls -> !calls.isEmpty(), TelegramAlertsTest.WAIT).get(0);
          assertThat(buttons.params().toString()).contains("👍").contains("👎");
          int answerId = buttons.params().path("message_id").asInt();

          api.rawUpdate(press(answerId, "fb:up"));

          Call thanks = api.await("answerCallbackQuery", calls -> !calls.isEmpty(), TelegramAlertsTest.WAIT).get(0);
          assertThat(thanks.params().path("text").asText()).isEqualTo("Thanks, your 👍 is counted.");
          List<Call> edits = api.await("editMessageReplyMarkup", calls -> calls.size() >= 2, TelegramAlertsTest.WAIT);
          assertThat(edits.get(1).params().toString()).contains("👍 counted").doesNotContain("👎");
        }
        assertThat(metrics.scrape()).contains("newsdesk_feedback_total{vote=\"up\"} 1.0")
            .contains("newsdesk_feedback_total{vote=\"down\"} 0.0");

        InboundResponse viaApi = new FeedbackRoute(newsdesk.feedback(), Optional.empty(), TelegramTestbed.CLOCK).routes().get(0)
            .handler().handle(post("{\"vote\":\"down\",\"question\":\"Who won?\",\"answer\":\"Nobody [1]\",\"sources\":[]}"));
        assertThat(viaApi.status()).isEqualTo(200);
        assertThat(metrics.scrape()).contains("newsdesk_feedback_total{vote=\"down\"} 1.0");
      }

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Map<String, String> cliEnv = new HashMap<>(Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none",
          "XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString()));
      int status = Main.run(new String[] {"--index", home.resolve("index").toString(), "feedback", "export", "--json"},
          cliEnv, System.in, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
      assertThat(status).isZero();
      JsonNode exported = JSON.readTree(out.toString(StandardCharsets.UTF_8));
      assertThat(exported).hasSize(2);
      JsonNode up = exported.get(0);
      assertThat(up.path("vote").asText()).isEqualTo("up");
      assertThat(up.path("channel").asText()).isEqualTo("telegram:" + USER);
      assertThat(up.path("question").asText()).isEqualTo("How much did the Harbor bridge repairs cost?");
      assertThat(up.path("answer").asText()).contains("40 million euros");
      assertThat(up.path("sources").get(0).path("title").asText()).isEqualTo("Harbor bridge reopens after repairs");
      assertThat(exported.get(1).path("vote").asText()).isEqualTo("down");
    }
  }

  private static ObjectNode press(int messageId, String data) {
    ObjectNode update = JSON.createObjectNode();
    ObjectNode query = update.putObject("callback_query");
    query.put("id", "cb-1").put("data", data).put("chat_instance", "ci");
    query.putObject("from").put("id", USER).put("is_bot", false).put("first_name", "Ann");
    ObjectNode message = query.putObject("message");
    message.put("message_id", messageId).put("date", 1).put("text", "the answer");
    message.putObject("chat").put("id", USER).put("type", "private");
    return update;
  }

  private static InboundRequest post(String body) {
    return new InboundRequest("POST", "/api/feedback", Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
  }
}
