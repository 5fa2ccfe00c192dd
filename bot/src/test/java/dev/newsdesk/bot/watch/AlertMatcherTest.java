package dev.newsdesk.bot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
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

@DisplayName("Matching new articles against followed topics")
class AlertMatcherTest {

  @TempDir Path home;

  @Test
  @DisplayName("a topic no article of the batch covers (or not from its outlet) is never searched")
  void should_search_only_topics_some_batch_article_covers() {
    Newsdesk newsdesk = newsdesk();
    try (NewsIndex index = newsdesk.openForWriting()) {
      newsdesk.ingester(index).ingestArticles(strikeReports(), IngestListener.QUIET);
      List<NewArticle> batch = newsdesk.watch().inbox().waiting(100);
      assertThat(batch).hasSize(AlertDeliveryTest.TEXTS.length).allSatisfy(a -> assertThat(a.text()).isPresent());
      CountingRetriever retriever = new CountingRetriever(newsdesk.retriever(index, newsdesk.config().retrieval().mode()));
      AlertMatcher matcher = new AlertMatcher(retriever, index::analyze, 0.75, new StoryGrouping());

      List<AlertMatcher.Match> matches = matcher.match(batch, List.of(
          follow(1, "ferry strike", Optional.empty()), follow(2, "volcano eruption", Optional.empty()),
          follow(3, "ferry strike", Optional.of("Valley Wire")), follow(4, "Ferry Strike", Optional.of(" ferry NEWS "))));

      assertThat(retriever.requests()).extracting(SearchRequest::query).containsExactly("ferry strike", "Ferry Strike");
      assertThat(matches).extracting(m -> m.subscriber().address()).containsOnly("1", "4").contains("1", "4");
      assertThat(matcher.searches()).isEqualTo(new AlertMatcher.Searches(1, 4, 2));

      assertThat(matcher.match(batch, List.of(follow(2, "volcano eruption", Optional.empty())))).isEmpty();
      assertThat(retriever.requests()).hasSize(2);
    }
  }

  @Test
  @DisplayName("an article staged by schema version 2 (no text kept) is still matched: every topic is searched for it")
  void should_match_an_inbox_row_of_the_older_schema() throws Exception {
    Newsdesk newsdesk = newsdesk();
    Article report = strikeReports().get(0);
    Path file = home.resolve("v2-watch.db");
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      for (String script : WatchDatabase.MIGRATIONS.subList(0, 2)) {
        for (String sql : script.split(";")) {
          if (!sql.isBlank()) {
            s.execute(sql);
          }
        }
      }
      s.execute("PRAGMA user_version=2");
      try (var insert = c.prepareStatement("INSERT INTO inbox (article_id, title, outlet, url, published, ingested, "
          + "committed, lead) VALUES (?, ?, ?, ?, ?, ?, 1, ?)")) {
        insert.setString(1, report.id());
        insert.setString(2, report.title());
        insert.setString(3, report.outlet());
        insert.setString(4, report.url().orElseThrow());
        insert.setLong(5, report.published().orElseThrow().toEpochMilli());
        insert.setLong(6, Instant.now().toEpochMilli());
        insert.setString(7, report.text());
        insert.executeUpdate();
      }
    }
    try (NewsIndex index = newsdesk.openForWriting(); WatchDatabase db = WatchDatabase.open(file)) {
      newsdesk.ingester(index).ingestArticles(List.of(report), IngestListener.QUIET);
      assertThat(db.version()).isEqualTo(3);
      List<NewArticle> batch = new AlertInbox(db, Clock.systemUTC(), Duration.ofDays(2), () -> { }).waiting(10);
      assertThat(batch).singleElement().satisfies(a -> assertThat(a.text()).isEmpty());
      CountingRetriever retriever = new CountingRetriever(newsdesk.retriever(index, newsdesk.config().retrieval().mode()));
      AlertMatcher matcher = new AlertMatcher(retriever, index::analyze, 0.75, new StoryGrouping());

      List<AlertMatcher.Match> matches = matcher.match(batch, List.of(
          follow(1, "ferry strike", Optional.empty()), follow(2, "volcano eruption", Optional.empty())));

      assertThat(retriever.requests()).extracting(SearchRequest::query).containsExactly("ferry strike", "volcano eruption");
      assertThat(matches).singleElement().satisfies(m -> {
        assertThat(m.subscriber()).isEqualTo(Subscriber.telegram(1));
        assertThat(m.article().articleId()).isEqualTo(report.id());
        assertThat(m.item().sentence()).containsIgnoringCase("ferry strike");
      });
    }
  }

  @Test
  @DisplayName("a topic whose words are in the headline and a passage far beyond the lead alerts, through the running watch")
  void should_alert_on_terms_spread_over_headline_and_a_late_passage() throws Exception {
    List<Notice> sent = new CopyOnWriteArrayList<>();
    Newsdesk newsdesk = newsdesk();
    StringBuilder text = new StringBuilder();
    for (int i = 1; text.length() < 3 * NewArticle.LEAD_CHARS; i++) {
      text.append("Item ").append(i).append(" on the council agenda was the repair of quay number ").append(i)
          .append(", which members discussed at length before voting.").append(i % 5 == 0 ? "\n\n" : " ");
    }
    text.append("\n\nLate in the evening the crews announced a strike for Monday, the first in a decade.");
    Article article = Article.of(Optional.of("https://ferry-news.example/crews"), "Ferry crews meet the council",
        "Ferry News", List.of(), Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)), text.toString());
    try (NewsIndex index = newsdesk.openForWriting()) {
      Watch watch = newsdesk.startWatch(index);
      watch.deliverThrough(Subscriber.Kind.TELEGRAM, (to, notice) -> sent.add(notice));
      watch.subscriptions().follow(Subscriber.telegram(7), "ferry strike", Optional.empty());
      watch.subscriptions().follow(Subscriber.telegram(8), "volcano eruption", Optional.empty());
      newsdesk.ingester(index).ingestArticles(List.of(article), IngestListener.QUIET);
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (sent.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(500);
      assertThat(watch.matchingCost().searches()).as("only the topic the article covers is searched").isEqualTo(1);
      watch.close();
    }
    assertThat(article.text().substring(0, NewArticle.LEAD_CHARS)).doesNotContain("strike");
    assertThat(sent).singleElement().satisfies(notice -> assertThat(((Notice.Alerts) notice).items()).singleElement()
        .satisfies(item -> assertThat(item.sentence()).contains("crews announced a strike")));
  }

  @Test
  @DisplayName("the matcher yields to an ingest that keeps committing, and matches once the commits pause")
  void should_yield_to_a_running_ingest() throws Exception {
    List<Notice> sent = new CopyOnWriteArrayList<>();
    Newsdesk newsdesk = newsdesk();
    List<Article> reports = strikeReports();
    try (NewsIndex index = newsdesk.openForWriting()) {
      Watch watch = newsdesk.startWatch(index);
      watch.deliverThrough(Subscriber.Kind.TELEGRAM, (to, notice) -> sent.add(notice));
      watch.subscriptions().follow(Subscriber.telegram(7), "ferry strike", Optional.empty());
      newsdesk.ingester(index).ingestArticles(List.of(reports.get(0)), IngestListener.QUIET);
      // an ingest still running: a commit every 300 ms, well inside the quiet period the matcher waits for
      for (int i = 0; i < 8; i++) {
        Thread.sleep(300);
        newsdesk.ingester(index).ingestArticles(List.of(Article.of(Optional.of("https://other.example/" + i),
            "Harbour notice " + i, "Other News", List.of(), Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)),
            "The harbour office published notice number " + i + " about mooring fees for the summer season.")),
            IngestListener.QUIET);
      }
      assertThat(watch.matchingCost().searches()).as("no search while the ingest commits").isZero();
      assertThat(sent).isEmpty();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (sent.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      watch.close();
    }
    assertThat(sent).as("the alert once the commits paused").singleElement();
  }

  static Subscription follow(long chat, String topic, Optional<String> outlet) {
    return new Subscription(chat, Subscriber.telegram(chat), topic, outlet);
  }

  private static List<Article> strikeReports() {
    List<Article> reports = new ArrayList<>();
    for (int i = 0; i < AlertDeliveryTest.TEXTS.length; i++) {
      reports.add(Article.of(Optional.of("https://ferry-news.example/strike-" + i), "Ferry strike: day " + (i + 1),
          "Ferry News", List.of(), Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)), AlertDeliveryTest.TEXTS[i]));
    }
    return reports;
  }

  private Newsdesk newsdesk() {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ALERTS_BATCH_SECONDS", "0");
    NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
    return new Newsdesk(config);
  }
}
