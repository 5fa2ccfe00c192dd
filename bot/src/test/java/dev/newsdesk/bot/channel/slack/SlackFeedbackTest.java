package dev.newsdesk.bot.channel.slack;

import static dev.newsdesk.bot.channel.slack.SlackRequests.SECRET;
import static dev.newsdesk.bot.channel.slack.SlackRequests.mention;
import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.channel.slack.FakeSlackApi.Posted;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.feedback.Feedback;
import dev.newsdesk.bot.feedback.FeedbackStore;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.bot.watch.WatchDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("👍 / 👎 under Slack answers")
class SlackFeedbackTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  @Test
  @DisplayName("an answer carries Block Kit buttons; a signed press is stored and acknowledged to the user")
  void should_store_a_signed_button_press() throws Exception {
    try (SampleNewsAnswering news = SampleNewsAnswering.indexedIn(folder.resolve("news"));
        FakeSlackApi api = new FakeSlackApi(); WatchDatabase db = WatchDatabase.open(folder.resolve("watch.db"))) {
      FeedbackStore store = new FeedbackStore(db);
      ChannelSettings.Slack settings = new ChannelSettings.Slack(false, Optional.of("xoxb-test-token"), Optional.empty(),
          Optional.of(SECRET), Optional.of(api.apiUrl()), Set.of(), Set.of());
      SlackChannel channel = SlackChannel.create(settings, new RateLimiter(60, 5, Clock.systemUTC()), news.answering(),
          news.timelines(), Clock.systemUTC(), Optional.empty(), Optional.of(store));
      channel.start();
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          channel.routes())) {
        SlackRequests slack = new SlackRequests(server.port());
        slack.signed("application/json", mention("Ev1", "C1", "1700000000.000100", QUESTION));
        Posted answer = api.nextPost(Duration.ofSeconds(20));
        JsonNode blocks = JSON.readTree(answer.fields().get("blocks"));
        assertThat(blocks.toString()).contains("newsdesk_vote_up").contains("👍").contains("👎").contains("Tern-4");
        String key = blocks.get(1).path("elements").get(0).path("value").asText();

        HttpResponse<String> press = slack.signed("application/x-www-form-urlencoded",
            "payload=" + URLEncoder.encode(blockAction(key, api.responseUrl("vote1")), StandardCharsets.UTF_8));

        assertThat(press.statusCode()).isEqualTo(200);
        Posted thanks = api.nextPost(Duration.ofSeconds(10));
        assertThat(thanks.path()).isEqualTo("/respond/vote1");
        assertThat(thanks.text()).isEqualTo("Thanks, your 👍 is counted.");
        assertThat(store.count(Feedback.Vote.UP)).isEqualTo(1);
        assertThat(store.all().get(0).question()).isEqualTo(QUESTION);
        assertThat(store.all().get(0).channel()).isEqualTo("slack:T1:C1");

        HttpResponse<String> forged = slack.send("application/x-www-form-urlencoded",
            "payload=" + URLEncoder.encode(blockAction(key, api.responseUrl("vote2")), StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).as("unsigned press refused").isEqualTo(401);
        assertThat(store.count(Feedback.Vote.UP)).isEqualTo(1);
      } finally {
        channel.close();
      }
    }
  }

  private static String blockAction(String key, String responseUrl) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\",\"domain\":\"newsroom\"},\"user\":{\"id\":\"U1\"},"
        + "\"api_app_id\":\"A1\",\"token\":\"legacy\",\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\"C1\",\"name\":\"general\"},"
        + "\"response_url\":\"" + responseUrl + "\",\"actions\":[{\"action_id\":\"newsdesk_vote_up\",\"block_id\":\"b1\","
        + "\"type\":\"button\",\"value\":\"" + key + "\",\"action_ts\":\"1700000001.000000\",\"text\":{\"type\":\"plain_text\",\"text\":\"👍\"}}]}";
  }
}
