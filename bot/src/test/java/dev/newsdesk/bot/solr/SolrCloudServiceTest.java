package dev.newsdesk.bot.solr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.api.ApiRoutes;
import dev.newsdesk.bot.api.NewsdeskMetrics;
import dev.newsdesk.bot.cli.Main;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.SearchMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands on a real SolrCloud cluster in this JVM (2 nodes, 2 shards x 2 replicas), configured
 * only through the environment as a user would: {@code solr init}, then ingest, ask and /healthz,
 * through the loss of one node and then of both.
 */
@DisplayName("Newsdesk on SolrCloud (2 nodes, 2 shards x 2 replicas)")
class SolrCloudServiceTest {

  static final String QUESTION = "Who won the mayoral election in Northfield?";
  @TempDir static Path folder;
  static SolrTestCluster cluster;
  static Map<String, String> env;

  @BeforeAll
  static void start() throws Exception {
    cluster = SolrTestCluster.start(2);
    env = new HashMap<>(Map.of(
        "NEWSDESK_EMBEDDING_PROVIDER", "none",
        "NEWSDESK_INDEX_BACKEND", "solrcloud",
        "NEWSDESK_SOLR_ZK_HOSTS", cluster.zkHosts(),
        "NEWSDESK_SOLR_COLLECTION", "news",
        "NEWSDESK_SOLR_SHARDS", "2",
        "NEWSDESK_SOLR_REPLICAS", "2",
        "XDG_DATA_HOME", folder.resolve("data").toString(),
        "XDG_CONFIG_HOME", folder.resolve("config").toString()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void should_keep_answering_through_a_node_loss_and_say_so_plainly_when_the_cluster_is_gone() throws Exception {
    assertThat(run("solr", "init")).startsWith("Created collection 'news' (2 shards x 2 replicas");
    cluster.waitForActive("news", 2, 2);
    assertThat(run("solr", "init")).startsWith("Collection 'news' at zk-hosts=" + cluster.zkHosts() + " is already there");
    assertThat(run("ask", QUESTION)).contains("[1]"); // the first ask indexes the bundled sample news
    String answer = run("ask", QUESTION);
    assertThat(run("stats")).contains("SolrCloud collection 'news'").containsPattern("Articles +[1-9]");

    Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder)).load(Optional.empty()));
    try (NewsIndex index = newsdesk.openForReading()) {
      NewsdeskMetrics metrics = new NewsdeskMetrics(index);
      ApiRoutes api = new ApiRoutes(newsdesk.answering(index, metrics), newsdesk.search(index, SearchMode.HYBRID),
          newsdesk.timelines(index), index, metrics, Optional.empty());
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0),
          ServerLimits.defaults(), api.routes())) {
        assertThat(health(server).get("status").asText()).isEqualTo("ok");

        cluster.stopNode(1); // every shard keeps one replica on the other node
        assertThat(run("ask", QUESTION)).isEqualTo(answer);
        JsonNode degraded = health(server);
        assertThat(degraded.get("status").asText()).isEqualTo("ok");
        assertThat(degraded.get("articles").asLong()).isPositive();

        cluster.stopNode(0); // nothing left to answer
        JsonNode down = health(server);
        assertThat(down.get("status").asText()).isIn("index unreadable", "searches fail");
        assertThat(down.get("error").asText()).contains("SolrCloud collection 'news'");
      }
    }
    Outcome ask = execute("ask", QUESTION);
    assertThat(ask.status()).isEqualTo(1);
    assertThat(ask.err()).startsWith("newsdesk: cannot").contains("SolrCloud collection 'news'")
        .doesNotContain("no news");
  }

  private static JsonNode health(NewsdeskServer server) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/healthz")).GET().build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(body.get("status").asText().equals("ok") ? 200 : 503);
    return body;
  }

  private static String run(String... args) {
    Outcome outcome = execute(args);
    assertThat(outcome.status()).as(outcome.err()).isZero();
    return outcome.out();
  }

  private static Outcome execute(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Outcome(int status, String out, String err) {}
}
