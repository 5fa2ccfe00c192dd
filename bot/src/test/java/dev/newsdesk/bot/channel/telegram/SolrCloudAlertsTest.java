package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.solr.SolrTestCluster;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import dev.newsdesk.retrieval.solr.SolrIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts with the distributed backend: a real SolrCloud cluster in this JVM (2 nodes, 2 shards x 2
 * replicas), Newsdesk configured for it through the environment, Telegram through the local fake
 * Bot API. A followed topic alerts once per article, however often the article is ingested.
 */
@DisplayName("Alerts on SolrCloud (2 nodes, 2 shards x 2 replicas), delivered to Telegram")
class SolrCloudAlertsTest {

  static final Duration WAIT = Duration.ofSeconds(30);
  static final long USER = 4242;
  static final String BRIDGE_TEXT = "Engineers closed the Harbor bridge again on Sunday to check the new steel cables. "
      + "The city said the harbor bridge would reopen within a week once the cable checks are complete. "
      + "Commuters were asked to take the ferry or the tram while the crossing stays shut. ";

  @TempDir static Path home;
  static SolrTestCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = SolrTestCluster.start(2);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void should_alert_once_per_article_on_solrcloud_and_not_again_when_it_is_ingested_again() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = new HashMap<>(Map.of(
          "NEWSDESK_INDEX_BACKEND", "solrcloud",
          "NEWSDESK_SOLR_ZK_HOSTS", cluster.zkHosts(),
          "NEWSDESK_SOLR_COLLECTION", "alerts",
          "NEWSDESK_SOLR_SHARDS", "2",
          "NEWSDESK_SOLR_REPLICAS", "2",
          "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
          "NEWSDESK_TELEGRAM_API_URL", api.url(),
          "NEWSDESK_CHAT_RATE_LIMIT_BURST", "100",
          "NEWSDESK_ALERTS_BATCH_SECONDS", "0"));
      NewsdeskConfig config = TelegramTestbed.config(home, env);
      Newsdesk newsdesk = new Newsdesk(config);
      try (SolrIndex admin = SolrIndex.open(config.backend().solr().orElseThrow())) {
        admin.init(newsdesk.embeddingRecord());
      }
      cluster.waitForActive("alerts", 2, 2);
      Article bridge = article("Harbor Gazette", "Harbor bridge shut again for cable checks",
          "https://harbor-gazette.example/shut", BRIDGE_TEXT);

      try (NewsIndex index = newsdesk.openForWriting();
          InboundChannels channels = newsdesk.startChannels(newsdesk.answering(index), index,
              EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of())) {
        assertThat(index.location()).as("the service's index is the configured one").isEqualTo(config.indexLocation());
        follow(api, "/follow harbor bridge");

        assertThat(newsdesk.ingester(index).ingestArticles(List.of(bridge), IngestListener.QUIET).added()).isEqualTo(1);

        List<Call> alerts = awaitAlerts(api, 1);
        assertThat(alerts.get(0).text())
            .contains("<b>Harbor bridge shut again for cable checks</b>")
            .contains("[1]")
            .contains("<a href=\"https://harbor-gazette.example/shut\">");
        assertThat(index.holds(bridge.id())).as("the watch's recovery asks the collection by id").isTrue();
        assertThat(index.holds("https://nowhere.example/never-ingested")).isFalse();

        // the same article again, through the service's index and through a second handle on the collection
        IngestReport again = newsdesk.ingester(index).ingestArticles(List.of(bridge), IngestListener.QUIET);
        assertThat(again.added()).isZero();
        try (NewsIndex second = newsdesk.openForWriting()) {
          newsdesk.ingester(second).ingestArticles(List.of(bridge), IngestListener.QUIET);
        }
        // a syndicated copy under another address (another id, likely another shard) is the same story
        newsdesk.ingester(index).ingestArticles(List.of(article("Coast Times", "Harbor bridge shut again for cable checks",
            "https://coast-times.example/bridge-shut", BRIDGE_TEXT)), IngestListener.QUIET);
        Thread.sleep(3000); // several of the watch's rounds
        assertThat(alerts(api)).hasSize(1);

        // and the watch still alerts: a new development of the story is a new article
        newsdesk.ingester(index).ingestArticles(List.of(article("Valley Wire", "Harbor bridge reopens after cable repairs",
            "https://valley-wire.example/reopens", "The Harbor bridge reopened on Friday after the cable repairs ended early. "
                + "Drivers crossed the harbor bridge for the first time in a week; the ferry returns to its winter timetable. "
                + "City engineers said the new steel cables passed every load test.")), IngestListener.QUIET);
        assertThat(awaitAlerts(api, 2).get(1).text()).contains("Harbor bridge reopens after cable repairs");
      }
    }
  }

  private static Article article(String outlet, String title, String url, String text) {
    return Article.of(Optional.of(url), title, outlet, List.of(), Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)),
        text);
  }

  private static void follow(FakeBotApi api, String command) throws InterruptedException {
    int before = api.calls("sendMessage").size();
    api.privateMessage(USER, command);
    List<Call> replies = api.await("sendMessage", calls -> calls.size() > before, WAIT);
    assertThat(replies.get(replies.size() - 1).text()).startsWith("Following");
  }

  private static List<Call> alerts(FakeBotApi api) {
    return api.calls("sendMessage").stream().filter(c -> c.text().contains("[1]")).toList();
  }

  private static List<Call> awaitAlerts(FakeBotApi api, int count) throws InterruptedException {
    api.await("sendMessage", calls -> alerts(api).size() >= count, WAIT);
    return alerts(api);
  }
}
