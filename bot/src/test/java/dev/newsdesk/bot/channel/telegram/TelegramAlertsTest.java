package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.watch.LocalFeeds;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.FeedState;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Alerts about followed topics in Telegram, from feeds polled on 127.0.0.1")
class TelegramAlertsTest {

  static final Duration WAIT = Duration.ofSeconds(15);
  static final long USER = 4242;
  static final String BRIDGE_TEXT = "Engineers closed the Harbor bridge again on Sunday to check the new steel cables. "
      + "The city said the harbor bridge would reopen within a week once the cable checks are complete. "
      + "Commuters were asked to take the ferry or the tram while the crossing stays shut. ";

  @TempDir Path home;
  FakeBotApi api;
  LocalFeeds feeds;
  Newsdesk newsdesk;
  NewsIndex index;
  InboundChannels channels;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    feeds = new LocalFeeds();
    Map<String, String> env = new HashMap<>();
    env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    env.put("NEWSDESK_TELEGRAM_API_URL", api.url());
    env.put("NEWSDESK_CHAT_RATE_LIMIT_BURST", "100");
    env.put("NEWSDESK_ALERTS_BATCH_SECONDS", "0");
    NewsdeskConfig config = TelegramTestbed.config(home, env);
    newsdesk = new Newsdesk(config, TelegramTestbed.CLOCK);
    index = newsdesk.openForWriting();
    // old news (a back-fill, published days before this ingest): must not alert anyone
    newsdesk.ingester(index).ingestArticles(TelegramTestbed.ARTICLES, IngestListener.QUIET);
    channels = newsdesk.startChannels(newsdesk.answering(index), index, EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of());
  }

  @AfterEach
  void stop() {
    channels.close();
    index.close();
    feeds.close();
    api.close();
  }

  @Test
  void should_send_one_alert_with_a_citation_when_a_matching_article_is_polled() throws Exception {
    follow("/follow harbor bridge");

    poll("Harbor Gazette", item("Harbor bridge shut again for cable checks", "https://harbor-gazette.example/shut"));

    Call alert = awaitAlerts(1).get(0);
    assertThat(alert.html()).isTrue();
    assertThat(alert.text())
        .contains("New on “harbor bridge”")
        .contains("<b>Harbor bridge shut again for cable checks</b>")
        .contains("Harbor Gazette, " + today())
        .contains("[1]")
        .contains("<a href=\"https://harbor-gazette.example/shut\">");
    assertThat(alert.text()).containsPattern("(?i)harbor bridge[^\\n]*\\[1\\]");
    assertNothingMoreAfterAWhile(1);
  }

  @Test
  void should_send_nothing_when_the_new_article_is_about_something_else() throws Exception {
    follow("/follow harbor bridge");

    poll("Valley Wire", new LocalFeeds.Item("Orchard harvest breaks record", "https://valley-wire.example/harvest",
        Instant.now().minus(1, ChronoUnit.HOURS),
        "Apple growers in the valley picked a record harvest this autumn, the growers' association said. ".repeat(4)));

    assertNothingMoreAfterAWhile(0);
  }

  @Test
  void should_alert_once_for_three_syndicated_copies() throws Exception {
    follow("/follow harbor bridge");

    for (String outlet : List.of("Harbor Gazette", "Valley Wire", "Coast Times")) {
      poll(outlet, item("Harbor bridge shut again for cable checks",
          "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/bridge-shut"));
    }

    assertThat(awaitAlerts(1).get(0).text()).contains("Harbor bridge shut again for cable checks");
    assertNothingMoreAfterAWhile(1);
  }

  @Test
  void should_pause_a_subscriber_who_blocked_the_bot() throws Exception {
    follow("/follow harbor bridge");
    api.failNext("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");

    poll("Harbor Gazette", item("Harbor bridge shut again for cable checks", "https://harbor-gazette.example/shut"));

    api.await("sendMessage", calls -> calls.stream().anyMatch(c -> c.text().isEmpty() || c.text().contains("[1]")), WAIT);
    Thread.sleep(2500);
    assertThat(alerts()).as("one try, then paused, not retried").hasSize(1);
    assertThat(newsdesk.watch().subscriptions().paused(dev.newsdesk.bot.watch.Subscriber.telegram(USER))).isTrue();
  }

  private void follow(String command) throws InterruptedException {
    int before = api.calls("sendMessage").size();
    api.privateMessage(USER, command);
    List<Call> replies = api.await("sendMessage", calls -> calls.size() > before, WAIT);
    assertThat(replies.get(replies.size() - 1).text()).startsWith("Following");
  }

  private void poll(String outlet, LocalFeeds.Item item) {
    String url = feeds.publish(outlet, List.of(item));
    var polled = newsdesk.feedPoller(index).poll(FeedState.fresh(url));
    assertThat(polled.report()).hasValueSatisfying(r -> assertThat(r.added()).isEqualTo(1));
  }

  private static LocalFeeds.Item item(String title, String link) {
    return new LocalFeeds.Item(title, link, Instant.now().minus(1, ChronoUnit.HOURS), BRIDGE_TEXT);
  }

  private List<Call> alerts() {
    return api.calls("sendMessage").stream().filter(c -> c.text().contains("[1]")).toList();
  }

  private List<Call> awaitAlerts(int count) throws InterruptedException {
    api.await("sendMessage", calls -> alerts().size() >= count, WAIT);
    return alerts();
  }

  /** Waits a few of the watch's rounds and checks no further alert came. */
  private void assertNothingMoreAfterAWhile(int expected) throws InterruptedException {
    Thread.sleep(3000);
    assertThat(alerts()).hasSize(expected);
  }

  private static String today() {
    return Instant.now().minus(1, ChronoUnit.HOURS).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }
}
