package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.cli.Main;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.watch.LocalFeeds;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.Subscriptions;
import dev.newsdesk.bot.watch.WatchDatabase;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An alert committed but not yet delivered when the service is killed")
class AlertAfterKillTest {

  static final long CHAT = 777;

  @TempDir Path home;

  @Test
  @DisplayName("is delivered exactly once after the restart")
  void should_deliver_exactly_once_after_sigkill_between_commit_and_delivery() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); LocalFeeds feeds = new LocalFeeds()) {
      String feed = feeds.publish("Harbor Gazette", List.of(new LocalFeeds.Item("Harbor bridge shut again for cable checks",
          "https://harbor-gazette.example/shut", Instant.now().minus(1, ChronoUnit.HOURS),
          TelegramAlertsTest.BRIDGE_TEXT)));
      Map<String, String> env = env(api, feed);
      NewsdeskConfig config = TelegramTestbed.config(home, env);
      try (WatchDatabase db = WatchDatabase.open(new Newsdesk(config).watchDatabaseFile())) {
        new Subscriptions(db, Clock.systemUTC()).follow(Subscriber.telegram(CHAT), "harbor bridge", Optional.empty());
      }

      // the service polls the feed, commits the article and queues the alert, held for an hour's batch…
      Process child = serve(env);
      try {
        awaitQueuedAlert(new Newsdesk(config).watchDatabaseFile(), child);
      } finally {
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // …and is killed with SIGKILL before sending it
      }
      assertThat(child.exitValue()).as("killed, not finished").isNotZero();
      assertThat(alerts(api)).as("nothing was sent before the kill").isEmpty();

      // restarted (without the hour's batch), it sends the alert once
      Map<String, String> restart = new HashMap<>(env);
      restart.put("NEWSDESK_ALERTS_BATCH_SECONDS", "0");
      restart.remove("NEWSDESK_FEEDS_URLS");
      Newsdesk newsdesk = new Newsdesk(TelegramTestbed.config(home, restart));
      try (NewsIndex index = newsdesk.openForWriting();
          InboundChannels channels = newsdesk.startChannels(newsdesk.answering(index), index,
              EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of())) {
        api.await("sendMessage", calls -> !alerts(api).isEmpty(), TelegramAlertsTest.WAIT);
        Thread.sleep(3000);
      }
      assertThat(alerts(api)).hasSize(1);
      assertThat(alerts(api).get(0).text()).contains("Harbor bridge shut again for cable checks")
          .contains("[1]").contains("https://harbor-gazette.example/shut");
      assertThat(alerts(api).get(0).params().path("chat_id").asText()).isEqualTo(Long.toString(CHAT));
    }
  }

  private Map<String, String> env(FakeBotApi api, String feed) {
    Map<String, String> env = new HashMap<>();
    env.put("NEWSDESK_EMBEDDING_PROVIDER", "none");
    env.put("NEWSDESK_INDEX", home.resolve("index").toString());
    env.put("XDG_DATA_HOME", home.resolve("data").toString());
    env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    env.put("NEWSDESK_TELEGRAM_API_URL", api.url());
    env.put("NEWSDESK_HTTP_HOST", "127.0.0.1");
    env.put("NEWSDESK_HTTP_PORT", "0");
    env.put("NEWSDESK_FEEDS_URLS", feed);
    env.put("NEWSDESK_FEEDS_ALLOW_PRIVATE_ADDRESSES", "true");
    env.put("NEWSDESK_ALERTS_BATCH_SECONDS", "3600");
    return env;
  }

  private Process serve(Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve"));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(home.resolve("serve.log").toFile());
    return builder.start();
  }

  /** Waits until the outbox holds the unsent alert (the article is committed and matched). */
  private static void awaitQueuedAlert(Path database, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (database.toFile().exists()) {
        try (WatchDatabase db = WatchDatabase.open(database)) {
          int queued = db.transaction(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM outbox WHERE sent IS NULL")) {
              return r.next() ? r.getInt(1) : 0;
            }
          });
          if (queued > 0) {
            return;
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service never queued the alert (alive: " + child.isAlive() + ")");
  }

  private static List<FakeBotApi.Call> alerts(FakeBotApi api) {
    return api.calls("sendMessage").stream().filter(c -> c.text().contains("[1]")).toList();
  }
}
