package dev.newsdesk.bot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Alert delivery and the watch database")
class AlertDeliveryTest {

  /** Five different reports of a ferry strike (not copies of one story). */
  static final String[] TEXTS = {
      "The ferry strike left commuters on the north quay waiting in the rain; the mayor called for talks.",
      "Fishmongers at the market square said the ferry strike cut their morning deliveries by half.",
      "Schoolchildren from the islands missed exams because of the ferry strike, teachers complained on Tuesday.",
      "Hotel owners fear tourists will cancel bookings if the ferry strike lasts into the holiday season.",
      "A union leader promised the ferry strike would end once the company restores the night shift bonus."};

  @TempDir Path home;

  @Test
  @DisplayName("a burst goes out as one message, held back beyond the hourly cap with a note saying so; a back-fill never alerts")
  void should_batch_a_burst_cap_it_and_ignore_back_fills() throws Exception {
    List<Notice> sent = new CopyOnWriteArrayList<>();
    Newsdesk newsdesk = newsdesk(Map.of("NEWSDESK_ALERTS_MAX_PER_HOUR", "2", "NEWSDESK_ALERTS_BATCH_SECONDS", "1"));
    try (NewsIndex index = newsdesk.openForWriting()) {
      Watch watch = newsdesk.startWatch(index);
      watch.deliverThrough(Subscriber.Kind.TELEGRAM, (to, notice) -> sent.add(notice));
      watch.subscriptions().follow(Subscriber.telegram(1), "ferry strike", Optional.empty());

      List<Article> burst = new ArrayList<>();
      for (int i = 0; i < TEXTS.length; i++) {
        burst.add(article("strike-" + i, "Ferry strike: " + TEXTS[i].substring(0, 30), Instant.now().minus(1, ChronoUnit.HOURS),
            TEXTS[i]));
      }
      newsdesk.ingester(index).ingestArticles(burst, IngestListener.QUIET);
      newsdesk.ingester(index).ingestArticles(List.of(article("old-strike", "Ferry strike of 2019 remembered",
          Instant.now().minus(30, ChronoUnit.DAYS), "The ferry strike of 2019 lasted a week, and the crews won.")),
          IngestListener.QUIET);

      long deadline = System.nanoTime() + 15_000_000_000L;
      while (sent.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(2500);
      watch.close();
    }
    assertThat(sent).as("one message for the burst").hasSize(1);
    Notice.Alerts alerts = (Notice.Alerts) sent.get(0);
    assertThat(alerts.items()).hasSize(2);
    assertThat(alerts.heldBack()).isEqualTo(3);
    assertThat(alerts.resumesAt()).isPresent();
    assertThat(alerts.items()).allSatisfy(item -> assertThat(item.sentence()).containsIgnoringCase("ferry strike"));
    assertThat(alerts.items()).noneSatisfy(item -> assertThat(item.title()).contains("2019"));
  }

  @Test
  @DisplayName("a database of schema version 1 is migrated to the current version, keeping its rows")
  void should_migrate_an_older_schema() throws Exception {
    Path file = home.resolve("old-watch.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String sql : WatchDatabase.MIGRATIONS.get(0).split(";")) {
        if (!sql.isBlank()) {
          s.execute(sql);
        }
      }
      s.execute("INSERT INTO subscriber (kind, address) VALUES ('telegram', '42')");
      s.execute("INSERT INTO subscription (kind, address, topic, outlet, created) VALUES ('telegram', '42', 'tram fares', '', 1)");
      s.execute("PRAGMA user_version=1");
    }
    try (WatchDatabase db = WatchDatabase.open(file)) {
      assertThat(db.version()).isEqualTo(WatchDatabase.MIGRATIONS.size()).isGreaterThan(1);
      assertThat(new Subscriptions(db, java.time.Clock.systemUTC()).of(Subscriber.telegram(42)))
          .extracting(Subscription::topic).containsExactly("tram fares");
      String journal = db.transaction(c -> {
        try (ResultSet r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
          return r.next() ? r.getString(1) : "";
        }
      });
      assertThat(journal).isEqualToIgnoringCase("wal");
    }
  }

  private Newsdesk newsdesk(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("NEWSDESK_EMBEDDING_PROVIDER", "none");
    NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
    return new Newsdesk(config);
  }

  private static Article article(String slug, String title, Instant published, String text) {
    return Article.of(Optional.of("https://ferry-news.example/" + slug), title, "Ferry News", List.of(),
        Optional.of(published), text);
  }
}
