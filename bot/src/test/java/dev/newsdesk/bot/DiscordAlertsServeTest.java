package dev.newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.channel.discord.DiscordChannel;
import dev.newsdesk.bot.channel.discord.FakeDiscordApi;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Discord alerts as `newsdesk serve` wires them: the bot token turns on delivery to the channel that followed")
class DiscordAlertsServeTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path home;

  @Test
  @DisplayName("/follow through the running channels, then an ingest of a matching article posts one alert to that channel")
  void alertReachesTheChannel() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    byte[] encoded = keys.getPublic().getEncoded();
    String publicKey = HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
    try (FakeDiscordApi discord = new FakeDiscordApi("bot-token")) {
      Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ALERTS_BATCH_SECONDS", "0",
          "NEWSDESK_HTTP_HOST", "127.0.0.1", "NEWSDESK_HTTP_PORT", "0", "DISCORD_PUBLIC_KEY", publicKey,
          "DISCORD_BOT_TOKEN", "bot-token", "NEWSDESK_DISCORD_API_URL", discord.url());
      Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
          .withIndexPath(home.resolve("index")));
      try (NewsIndex index = newsdesk.openForWriting();
          InboundChannels inbound = newsdesk.startChannels(newsdesk.answering(index), index,
              EnumSet.of(InboundChannels.Kind.TEAM_CHATS), List.of())) {
        String token = "follow-" + System.nanoTime();
        HttpResponse<String> deferred = post(inbound.port().orElseThrow(), keys, follow(token, "ferry timetable"));
        assertThat(JSON.readTree(deferred.body()).path("type").asInt()).isEqualTo(5);
        discord.acknowledge(token);
        assertThat(discord.await(token, 1, Duration.ofSeconds(20)).get(0).body().path("content").asText())
            .startsWith("Following \"ferry timetable\".");

        newsdesk.ingester(index).ingestArticles(List.of(Article.of(Optional.of("https://harbor-gazette.example/ferry"),
            "Winter ferry timetable announced", "Harbor Gazette", List.of(),
            Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)),
            "The island ferry timetable for winter was announced on Monday, with two fewer sailings a day. "
                + "The operator said the ferry timetable returns to normal in April.")), IngestListener.QUIET);

        List<FakeDiscordApi.Call> posted = awaitPosted(discord, "c5");
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).authorization()).hasValue("Bot bot-token");
        assertThat(posted.get(0).body().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(posted.get(0).body().path("content").asText()).startsWith("**New on “ferry timetable”**")
            .contains("[1] [Winter ferry timetable announced](<https://harbor-gazette.example/ferry>) — Harbor Gazette");
      }
    }
  }

  static ObjectNode follow(String token, String topic) {
    ObjectNode interaction = JSON.createObjectNode().put("type", 2).put("id", "1310000000000000002")
        .put("application_id", "1300000000000000001").put("token", token).put("version", 1)
        .put("guild_id", "g1").put("channel_id", "c5");
    interaction.putObject("member").putObject("user").put("id", "u1");
    interaction.putObject("data").put("name", "follow").put("type", 1)
        .putArray("options").addObject().put("name", "topic").put("type", 3).put("value", topic);
    return interaction;
  }

  static HttpResponse<String> post(int port, KeyPair keys, ObjectNode interaction) throws Exception {
    String body = interaction.toString();
    String now = String.valueOf(Instant.now().getEpochSecond());
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(keys.getPrivate());
    signature.update((now + body).getBytes(StandardCharsets.UTF_8));
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DiscordChannel.INTERACTIONS_PATH))
        .header("Content-Type", "application/json").header("X-Signature-Timestamp", now)
        .header("X-Signature-Ed25519", HexFormat.of().formatHex(signature.sign()))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits for the first message posted to the channel, then a moment more to see that no second one follows. */
  static List<FakeDiscordApi.Call> awaitPosted(FakeDiscordApi discord, String channel) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (discord.channelMessages(channel).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(2000);
    return discord.channelMessages(channel);
  }
}
