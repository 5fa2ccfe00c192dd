package dev.newsdesk.bot.channel.discord;

import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Draft;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Discord interactions endpoint")
class DiscordInteractionsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Duration WITHIN = Duration.ofSeconds(20);
  static final String APPLICATION = "1300000000000000001";
  static final Article BROADCAST = Article.of(Optional.of("https://harbourwatch.example/2026/11/28/ferrow-lighthouse"),
      "Ferrow lighthouse to close for repairs", "Harbourwatch", List.of(), Optional.of(Instant.parse("2026-11-28T09:00:00Z")),
      "The harbour master told @everyone at the quay that the Ferrow lighthouse will close for repairs on Friday. "
          + "@here the keepers will move to the pilot station until the lamp is replaced.");

  @TempDir static Path folder;
  static SampleNewsAnswering news;
  static KeyPair discordKeys;
  static FakeDiscordApi discord;

  NewsdeskServer server;
  DiscordChannel channel;

  @BeforeAll
  static void start() throws Exception {
    news = SampleNewsAnswering.indexedIn(folder, List.of(BROADCAST));
    discordKeys = ed25519();
    discord = new FakeDiscordApi("bot-token");
  }

  @AfterAll
  static void stopAll() {
    discord.close();
    news.close();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      channel.close();
    }
  }

  static KeyPair ed25519() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  /** The raw 32-byte public key as the Developer Portal shows it: the last 32 bytes of the X.509 encoding, in hex. */
  static String hex(KeyPair keys) {
    byte[] encoded = keys.getPublic().getEncoded();
    return HexFormat.of().formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  void serve(AnsweringService answering, RateLimiter limiter, Set<String> guilds, Set<String> channels) {
    ChannelSettings.Discord settings = new ChannelSettings.Discord(Optional.of(hex(discordKeys)), Optional.of(APPLICATION),
        Optional.empty(), Optional.of(discord.url()), guilds, channels);
    channel = DiscordChannel.create(settings, limiter, answering, new LatestHeadlines(news.index()), news.timelines(),
        Optional.empty(), Clock.systemUTC());
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(), channel.routes());
  }

  void serve() {
    serve(news.answering(), new RateLimiter(60, 20, Clock.systemUTC()), Set.of(), Set.of());
  }

  /** A slash command interaction as Discord posts it from a guild channel. */
  static ObjectNode command(String token, String name, String optionName, String value) {
    ObjectNode interaction = JSON.createObjectNode().put("type", 2).put("id", "1310000000000000001")
        .put("application_id", APPLICATION).put("token", token).put("version", 1)
        .put("guild_id", "g1").put("channel_id", "c1").put("locale", "en-GB");
    interaction.putObject("channel").put("id", "c1").put("type", 0);
    interaction.putObject("member").putObject("user").put("id", "u1").put("username", "ana");
    ObjectNode data = interaction.putObject("data").put("id", "1320000000000000001").put("name", name).put("type", 1);
    if (!optionName.isEmpty()) {
      data.putArray("options").addObject().put("name", optionName).put("type", 3).put("value", value);
    }
    return interaction;
  }

  static ObjectNode news(String token, String question) {
    return command(token, "news", "question", question);
  }

  static String token() {
    return "aW50ZXJhY3Rpb246" + UUID.randomUUID().toString().replace("-", "");
  }

  static String sign(PrivateKey key, String timestamp, String body) throws Exception {
    Signature signature = Signature.getInstance("Ed25519");
    signature.initSign(key);
    signature.update((timestamp + body).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(signature.sign());
  }

  HttpResponse<String> post(String body, Optional<String> signature, Optional<String> timestamp) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + DiscordChannel.INTERACTIONS_PATH))
        .header("Content-Type", "application/json").header("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    signature.ifPresent(s -> request.header("X-Signature-Ed25519", s));
    timestamp.ifPresent(t -> request.header("X-Signature-Timestamp", t));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the interaction signed by Discord's key now, and acknowledges it at the fake when the reply is a deferral. */
  HttpResponse<String> interact(ObjectNode interaction) throws Exception {
    String body = interaction.toString();
    String now = String.valueOf(Instant.now().getEpochSecond());
    HttpResponse<String> response = post(body, Optional.of(sign(discordKeys.getPrivate(), now, body)), Optional.of(now));
    if (response.statusCode() == 200 && JSON.readTree(response.body()).path("type").asInt() == 5) {
      discord.acknowledge(interaction.get("token").asText());
    }
    return response;
  }

  static int type(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).path("type").asInt();
  }

  static String content(FakeDiscordApi.Call call) {
    return call.body().path("content").asText();
  }

  static void assertMentionsNoOne(FakeDiscordApi.Call call) {
    JsonNode allowed = call.body().path("allowed_mentions");
    assertThat(allowed.path("parse").isArray()).as("allowed_mentions.parse is a list").isTrue();
    assertThat(allowed.path("parse")).as("allowed_mentions.parse").isEmpty();
    assertThat(allowed.has("users") || allowed.has("roles")).isFalse();
  }

  @Nested
  @DisplayName("with Discord's signature")
  class Signed {

    @Test
    @DisplayName("a PING is answered with a PONG")
    void ping() throws Exception {
      serve();
      HttpResponse<String> response = interact(JSON.createObjectNode().put("type", 1).put("id", "1")
          .put("application_id", APPLICATION).put("token", "ping-token").put("version", 1));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"type\": 1}"));
    }

    @Test
    @DisplayName("/news is deferred at once, then the cited answer replaces the deferral through the webhook")
    void news() throws Exception {
      serve();
      String token = token();
      HttpResponse<String> response = interact(DiscordInteractionsTest.news(token, QUESTION));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(type(response)).isEqualTo(5);
      List<FakeDiscordApi.Call> delivered = discord.await(token, 1, WITHIN);
      FakeDiscordApi.Call edit = delivered.get(0);
      assertThat(edit.method()).isEqualTo("PATCH");
      assertThat(edit.path()).isEqualTo("/api/v10/webhooks/" + APPLICATION + "/" + token + "/messages/@original");
      assertThat(content(edit)).contains("Tern-4").contains("[1]").contains("**Sources**")
          .containsPattern("\\[1\\] \\[[^\\]]+\\]\\(<https?://[^>]+>\\)");
      assertThat(content(edit).length()).isLessThanOrEqualTo(2000);
      assertMentionsNoOne(edit);
    }

    @Test
    @DisplayName("a long answer arrives in order, in messages of at most 2,000 characters")
    void longAnswer() throws Exception {
      String sentences = java.util.stream.IntStream.rangeClosed(1, 60)
          .mapToObj(i -> "Finding number " + i + " of the inquiry says the Tern-4 rocket carried Kestrel-2 [1].")
          .collect(Collectors.joining(" "));
      serve(news.answeringWith((request, listener) -> new Draft(sentences, false, Provenance.MODEL)),
          new RateLimiter(60, 20, Clock.systemUTC()), Set.of(), Set.of());
      String token = token();
      interact(DiscordInteractionsTest.news(token, QUESTION));

      List<FakeDiscordApi.Call> delivered = discord.await(token, 3, WITHIN);
      assertThat(delivered.get(0).method()).isEqualTo("PATCH");
      assertThat(delivered.subList(1, delivered.size())).allSatisfy(c -> {
        assertThat(c.method()).isEqualTo("POST");
        assertThat(c.path()).isEqualTo("/api/v10/webhooks/" + APPLICATION + "/" + token);
      });
      assertThat(delivered).allSatisfy(c -> assertThat(content(c).length()).isBetween(1, 2000));
      assertThat(delivered).allSatisfy(DiscordInteractionsTest::assertMentionsNoOne);
      String whole = delivered.stream().map(DiscordInteractionsTest::content).collect(Collectors.joining(" "));
      assertThat(whole).contains("Finding number 1 of").contains("Finding number 60 of").contains("**Sources**");
      assertThat(whole.indexOf("number 30 of")).isLessThan(whole.indexOf("number 31 of"));
      assertThat(whole.indexOf("number 60 of")).isLessThan(whole.indexOf("**Sources**"));
    }

    @Test
    @DisplayName("an article that says @everyone pings no one: the mention is broken and allowed_mentions is empty")
    void everyone() throws Exception {
      serve();
      String token = token();
      interact(DiscordInteractionsTest.news(token, "When will the Ferrow lighthouse close for repairs?"));

      FakeDiscordApi.Call edit = discord.await(token, 1, WITHIN).get(0);
      assertThat(content(edit)).contains("Ferrow lighthouse").contains("[1]");
      assertThat(content(edit).replace("\u200B", "")).contains("@everyone");
      assertThat(content(edit)).doesNotContain("@everyone", "@here");
      assertMentionsNoOne(edit);
    }

    @Test
    @DisplayName("/latest lists the newest headlines as masked links; with a topic, those about it")
    void latest() throws Exception {
      serve();
      String all = token();
      String topic = token();
      interact(command(all, "latest", "", ""));
      interact(command(topic, "latest", "topic", "lighthouse"));

      String newest = content(discord.await(all, 1, WITHIN).get(0));
      String about = content(discord.await(topic, 1, WITHIN).get(0));
      assertThat(newest).startsWith("**Latest headlines**").containsPattern("• \\[[^\\]]+\\]\\(<https?://[^>]+>\\)");
      assertThat(about).startsWith("**Latest headlines about “lighthouse”**")
          .contains("[Ferrow lighthouse to close for repairs](<https://harbourwatch.example/2026/11/28/ferrow-lighthouse>)");
    }

    @Test
    @DisplayName("a question over the length limit is answered with the reason")
    void tooLong() throws Exception {
      serve();
      String token = token();
      interact(DiscordInteractionsTest.news(token, "why ".repeat(200)));

      assertThat(content(discord.await(token, 1, WITHIN).get(0))).contains("the limit is 500");
    }
  }

  @Nested
  @DisplayName("by the same policy as other channels")
  class Policy {

    @Test
    @DisplayName("a guild or channel not on the allow-lists gets a private refusal, and nothing is posted")
    void allowLists() throws Exception {
      serve(news.answering(), new RateLimiter(60, 20, Clock.systemUTC()), Set.of("g1"), Set.of("c1"));
      String otherGuild = token();
      String otherChannel = token();
      String direct = token();
      String allowed = token();
      ObjectNode fromDirectMessage = DiscordInteractionsTest.news(direct, QUESTION);
      fromDirectMessage.remove("guild_id");
      fromDirectMessage.remove("member");
      fromDirectMessage.putObject("user").put("id", "u1");

      List<HttpResponse<String>> refused = List.of(
          interact(DiscordInteractionsTest.news(otherGuild, QUESTION).put("guild_id", "g2")),
          interact(DiscordInteractionsTest.news(otherChannel, QUESTION).put("channel_id", "c2")),
          interact(fromDirectMessage));
      interact(DiscordInteractionsTest.news(allowed, QUESTION));
      discord.await(allowed, 1, WITHIN);

      for (HttpResponse<String> response : refused) {
        JsonNode reply = JSON.readTree(response.body());
        assertThat(reply.path("type").asInt()).isEqualTo(4);
        assertThat(reply.path("data").path("content").asText()).isEqualTo("Newsdesk does not answer in this channel.");
        assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
      }
      assertThat(discord.callsFor(otherGuild)).isEmpty();
      assertThat(discord.callsFor(otherChannel)).isEmpty();
      assertThat(discord.callsFor(direct)).isEmpty();
    }

    @Test
    @DisplayName("a user asking faster than the rate limit is told privately, and not answered")
    void rateLimit() throws Exception {
      serve(news.answering(), new RateLimiter(1, 1, Clock.systemUTC()), Set.of(), Set.of());
      String first = token();
      String second = token();
      interact(DiscordInteractionsTest.news(first, QUESTION));
      HttpResponse<String> response = interact(DiscordInteractionsTest.news(second, QUESTION));

      discord.await(first, 1, WITHIN);
      JsonNode reply = JSON.readTree(response.body());
      assertThat(reply.path("type").asInt()).isEqualTo(4);
      assertThat(reply.path("data").path("content").asText()).contains("faster than I can keep up");
      assertThat(discord.callsFor(second)).isEmpty();
    }
  }

  @Nested
  @DisplayName("without Discord's valid signature")
  class Unsigned {

    @Test
    @DisplayName("a tampered body, another key, a stale timestamp or no signature get 401, and nothing is posted")
    void refused() throws Exception {
      serve();
      String forged = token();
      String body = DiscordInteractionsTest.news(forged, QUESTION).toString();
      String now = String.valueOf(Instant.now().getEpochSecond());
      String stale = String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
      String good = sign(discordKeys.getPrivate(), now, body);

      HttpResponse<String> tampered = post(body.replace("Kestrel-2", "Kestrel-3"), Optional.of(good), Optional.of(now));
      HttpResponse<String> otherKey = post(body, Optional.of(sign(ed25519().getPrivate(), now, body)), Optional.of(now));
      HttpResponse<String> old = post(body, Optional.of(sign(discordKeys.getPrivate(), stale, body)), Optional.of(stale));
      HttpResponse<String> otherTime = post(body, Optional.of(good), Optional.of(String.valueOf(Long.parseLong(now) + 1)));
      HttpResponse<String> unsigned = post(body, Optional.empty(), Optional.empty());
      HttpResponse<String> notHex = post(body, Optional.of("zz" + good.substring(2)), Optional.of(now));
      discord.acknowledge(forged);
      String genuine = token();
      interact(DiscordInteractionsTest.news(genuine, QUESTION));
      discord.await(genuine, 1, WITHIN);

      assertThat(List.of(tampered, otherKey, old, otherTime, unsigned, notHex))
          .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
      assertThat(tampered.body()).doesNotContain("Tern-4");
      assertThat(discord.callsFor(forged)).isEmpty();
    }
  }
}
