package dev.newsdesk.bot.channel.discord;

import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.APPLICATION;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.JSON;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.assertMentionsNoOne;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.command;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.content;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.hex;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.sign;
import static dev.newsdesk.bot.channel.discord.DiscordInteractionsTest.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.bot.watch.LocalFeeds;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.Watch;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.FeedState;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Discord /timeline and following topics, against a real Newsdesk and a fake Discord API")
class DiscordWatchTest {

  static final Duration WITHIN = Duration.ofSeconds(20);

  /** Three developments of one story, given newest first. */
  static final List<Article> STORY = List.of(
      article("ends", "Tram drivers end strike after pay offer", "Valley Wire", "2026-11-12",
          "Tram drivers in Northfield ended their strike on Wednesday after accepting a pay offer of 5.5%. "
              + "Trams will run to the normal timetable from Thursday morning."),
      article("talks", "Talks resume in tram strike", "Harbor Gazette", "2026-11-06",
          "Talks between Northfield's tram drivers and the city transport company resumed on Friday, the "
              + "fourth day of the tram strike, with a mediator in the room."),
      article("walkout", "Tram drivers walk out over pay", "Northfield Courier", "2026-11-03",
          "Northfield's tram drivers walked out on Monday, starting a strike over pay that stopped every tram in "
              + "the city. The drivers' union wants a rise of 8%."));

  @TempDir static Path home;
  static Newsdesk newsdesk;
  static NewsIndex index;
  static FakeDiscordApi discord;
  static KeyPair keys;

  DiscordChannel channel;
  NewsdeskServer server;
  Watch watch;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ALERTS_BATCH_SECONDS", "0",
        "NEWSDESK_FEEDS_ALLOW_PRIVATE_ADDRESSES", "true");
    NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
    newsdesk = new Newsdesk(config);
    index = newsdesk.openForWriting();
    newsdesk.ingester(index).ingestArticles(STORY, IngestListener.QUIET);
    discord = new FakeDiscordApi("bot-token");
    keys = DiscordInteractionsTest.ed25519();
  }

  @AfterAll
  static void stopAll() {
    discord.close();
    index.close();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    if (watch != null) {
      watch.close();
    }
    if (channel != null) {
      channel.close();
    }
  }

  static Article article(String slug, String title, String outlet, String date, String text) {
    return Article.of(Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug),
        title, outlet, List.of("Ada Reporter"), Optional.of(Instant.parse(date + "T09:00:00Z")), text);
  }

  /** Serves the channel; with the bot token alerts are delivered through it, as {@code newsdesk serve} wires them. */
  void serve(Optional<String> botToken) {
    ChannelSettings.Discord settings = new ChannelSettings.Discord(Optional.of(hex(keys)), Optional.of(APPLICATION),
        botToken, Optional.of(discord.url()), Set.of(), Set.of());
    channel = DiscordChannel.create(settings, new RateLimiter(60, 20, Clock.systemUTC()), newsdesk.answering(index),
        new LatestHeadlines(index), newsdesk.timelines(index), Optional.of(newsdesk.watchCommands(index)),
        Clock.systemUTC());
    watch = newsdesk.startWatch(index);
    channel.alertSender().ifPresent(sender -> watch.deliverThrough(Subscriber.Kind.DISCORD, sender));
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(), channel.routes());
  }

  /** Signs and posts the interaction, acknowledges the deferral at the fake, and returns the reply's first message. */
  String reply(ObjectNode interaction) throws Exception {
    String body = interaction.toString();
    String now = String.valueOf(Instant.now().getEpochSecond());
    HttpResponse<String> response = DiscordInteractionsTest.HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + DiscordChannel.INTERACTIONS_PATH))
        .header("Content-Type", "application/json").header("X-Signature-Ed25519", sign(keys.getPrivate(), now, body))
        .header("X-Signature-Timestamp", now).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("type").asInt()).as("deferred").isEqualTo(5);
    String token = interaction.get("token").asText();
    discord.acknowledge(token);
    FakeDiscordApi.Call edit = discord.await(token, 1, WITHIN).get(0);
    assertMentionsNoOne(edit);
    return content(edit);
  }

  static ObjectNode in(String channel, ObjectNode interaction) {
    interaction.put("channel_id", channel).putObject("channel").put("id", channel).put("type", 0);
    return interaction;
  }

  @Test
  @DisplayName("/timeline topic gives the dated developments oldest first, each cited, the sources as masked links")
  void timeline() throws Exception {
    serve(Optional.empty());

    String text = reply(command(token(), "timeline", "topic", "tram strike"));

    assertThat(text).startsWith("How “tram strike” developed:\n2026-11-03 — Northfield's tram drivers walked out on Monday");
    assertThat(text.indexOf("2026-11-03 —")).isLessThan(text.indexOf("2026-11-06 —"));
    assertThat(text.indexOf("2026-11-06 —")).isLessThan(text.indexOf("2026-11-12 —"));
    assertThat(text).contains("[1]").contains("[2]").contains("[3]").contains("**Sources**")
        .contains("[1] [Tram drivers walk out over pay](<https://northfield-courier.example/walkout>) — Northfield Courier");
  }

  @Test
  @DisplayName("/follow, then /following lists the topic and /briefing at sets the daily time; a matching article alerts the channel once")
  void follow() throws Exception {
    serve(Optional.of("bot-token"));
    try (LocalFeeds feeds = new LocalFeeds()) {
      assertThat(reply(in("c7", command(token(), "follow", "topic", "harbor bridge"))))
          .isEqualTo("Following \"harbor bridge\". When a new article about it arrives, I'll send you its headline and a quote.");
      assertThat(reply(in("c7", command(token(), "briefing", "when", "at 07:30 Europe/Berlin"))))
          .startsWith("Daily briefing at 07:30 Europe/Berlin.");
      assertThat(reply(in("c7", command(token(), "following", "", ""))))
          .contains("You follow:\n1. harbor bridge\n").contains("Daily briefing at 07:30 Europe/Berlin");
      assertThat(reply(in("c8", command(token(), "following", "", "")))).as("another channel follows nothing")
          .startsWith("You follow no topics yet.");

      poll(feeds, "Valley Wire", "Orchard harvest breaks record", "harvest",
          "Apple growers in the valley picked a record harvest this autumn, the growers' association said. ");
      poll(feeds, "Harbor Gazette", "Harbor bridge shut again for cable checks", "shut",
          "Engineers closed the Harbor bridge again on Sunday to check the new steel cables. The city said the "
              + "crossing would reopen within a week. ");

      FakeDiscordApi.Call alert = awaitChannelMessage("c7");
      assertThat(alert.authorization()).hasValue("Bot bot-token");
      assertMentionsNoOne(alert);
      assertThat(content(alert)).startsWith("**New on “harbor bridge”**")
          .contains("Engineers closed the Harbor bridge again on Sunday to check the new steel cables. [1]")
          .contains("[1] [Harbor bridge shut again for cable checks](<https://harbor-gazette.example/shut>) — Harbor Gazette");
      Thread.sleep(3000);
      assertThat(discord.channelMessages("c7")).as("one alert, nothing for the orchard").hasSize(1);
      assertThat(discord.channelMessages("c8")).isEmpty();
    }
  }

  @Test
  @DisplayName("without the bot token, /follow says following is not set up, and nothing is followed")
  void noToken() throws Exception {
    serve(Optional.empty());

    assertThat(reply(in("c9", command(token(), "follow", "topic", "tram fares")))).contains("DISCORD_BOT_TOKEN");
    assertThat(newsdesk.watchCommands(index).following(new Subscriber(Subscriber.Kind.DISCORD, "c9")).toString())
        .contains("You follow no topics yet");
  }

  FakeDiscordApi.Call awaitChannelMessage(String channelId) throws InterruptedException {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      List<FakeDiscordApi.Call> posted = discord.channelMessages(channelId);
      if (!posted.isEmpty()) {
        return posted.get(0);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no message posted to channel " + channelId + "; calls: " + discord.calls());
  }

  static void poll(LocalFeeds feeds, String outlet, String title, String slug, String text) {
    String url = feeds.publish(outlet, List.of(new LocalFeeds.Item(title,
        "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug, Instant.now().minus(1, ChronoUnit.HOURS),
        text.repeat(4))));
    assertThat(newsdesk.feedPoller(index).poll(FeedState.fresh(url)).report()).hasValueSatisfying(
        r -> assertThat(r.added()).isEqualTo(1));
  }
}
