package dev.newsdesk.bot.channel.slack;

import static dev.newsdesk.bot.channel.slack.SlackRequests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.channel.slack.FakeSlackApi.Posted;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.bot.watch.LocalFeeds;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.Watch;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.FeedState;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Following a topic in Slack with /news follow")
class SlackAlertsTest {

  @TempDir Path home;

  @Test
  @DisplayName("the channel that followed gets one cited alert when a matching article is polled, none for other news")
  void should_alert_the_channel_that_followed() throws Exception {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ALERTS_BATCH_SECONDS", "0",
        "NEWSDESK_FEEDS_ALLOW_PRIVATE_ADDRESSES", "true");
    NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
    Newsdesk newsdesk = new Newsdesk(config);
    try (FakeSlackApi api = new FakeSlackApi(); LocalFeeds feeds = new LocalFeeds();
        NewsIndex index = newsdesk.openForWriting()) {
      ChannelSettings.Slack settings = new ChannelSettings.Slack(false, Optional.of("xoxb-test-token"), Optional.empty(),
          Optional.of(SECRET), Optional.of(api.apiUrl()), Set.of(), Set.of());
      SlackChannel channel = SlackChannel.create(settings, new RateLimiter(60, 5, Clock.systemUTC()),
          newsdesk.answering(index), newsdesk.timelines(index), Clock.systemUTC(), Optional.of(newsdesk.watchCommands(index)),
          Optional.empty());
      channel.start();
      Watch watch = newsdesk.startWatch(index);
      watch.deliverThrough(Subscriber.Kind.SLACK, channel.alertSender());
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          channel.routes())) {
        HttpResponse<String> ack = new SlackRequests(server.port()).signed("application/x-www-form-urlencoded",
            command("follow harbor bridge"));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Following \\\"harbor bridge\\\"").contains("ephemeral");

        poll(newsdesk, index, feeds, "Valley Wire", "Orchard harvest breaks record",
            "Apple growers in the valley picked a record harvest this autumn, the growers' association said. ");
        poll(newsdesk, index, feeds, "Harbor Gazette", "Harbor bridge shut again for cable checks",
            "Engineers closed the Harbor bridge again on Sunday to check the new steel cables. The city said the "
                + "crossing would reopen within a week. ");

        Posted alert = api.nextPost(Duration.ofSeconds(15));
        assertThat(alert.path()).isEqualTo("chat.postMessage");
        assertThat(alert.fields()).containsEntry("channel", "C1");
        assertThat(alert.text()).contains("*New on “harbor bridge”*")
            .contains("Engineers closed the Harbor bridge again on Sunday to check the new steel cables. [1]")
            .contains("[1] <https://harbor-gazette.example/shut|Harbor bridge shut again for cable checks> — Harbor Gazette");
        Thread.sleep(3000);
        assertThat(api.pending()).as("one alert, nothing for the orchard").isEmpty();
      } finally {
        watch.close();
        channel.close();
      }
    }
  }

  private static void poll(Newsdesk newsdesk, NewsIndex index, LocalFeeds feeds, String outlet, String title, String text) {
    String slug = title.startsWith("Harbor") ? "shut" : "harvest";
    String url = feeds.publish(outlet, List.of(new LocalFeeds.Item(title,
        "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug, Instant.now().minus(1, ChronoUnit.HOURS),
        text.repeat(4))));
    assertThat(newsdesk.feedPoller(index).poll(FeedState.fresh(url)).report()).hasValueSatisfying(
        r -> assertThat(r.added()).isEqualTo(1));
  }

  private static String command(String text) {
    return "token=legacy&team_id=T1&team_domain=newsroom&channel_id=C1&channel_name=general&user_id=U1"
        + "&user_name=ana&command=%2Fnews&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&response_url=" + URLEncoder.encode("http://127.0.0.1:1/respond", StandardCharsets.UTF_8)
        + "&trigger_id=13345224609.738474920.8088930838d88f008e0";
  }
}
