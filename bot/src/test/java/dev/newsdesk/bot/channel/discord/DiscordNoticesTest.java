package dev.newsdesk.bot.channel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.bot.watch.AlertItem;
import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.Notice;
import dev.newsdesk.bot.watch.Subscriber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Alerts posted to a Discord channel with the bot token")
class DiscordNoticesTest {

  static FakeDiscordApi discord;
  static DiscordNotices sender;

  @BeforeAll
  static void start() throws Exception {
    discord = new FakeDiscordApi("bot-token");
    sender = new DiscordNotices(new DiscordApi(Optional.of(discord.url())), "bot-token");
  }

  @AfterAll
  static void stop() {
    discord.close();
  }

  static AlertItem item(int n, String sentence) {
    return new AlertItem("harbor bridge", "Harbor bridge update " + n, "Harbor Gazette",
        Optional.of(Instant.parse("2026-11-28T09:00:00Z")), Optional.of("https://harbor-gazette.example/" + n), sentence);
  }

  static Subscriber channel(String id) {
    return new Subscriber(Subscriber.Kind.DISCORD, id);
  }

  @Test
  @DisplayName("an article that says @everyone or carries Markdown pings no one and formats nothing")
  void inert() throws Exception {
    sender.send(channel("c21"), new Notice.Alerts(List.of(item(1,
        "@everyone the **bridge** closes; see [here](https://evil.example) <@123>.")), 0, Optional.empty()));

    FakeDiscordApi.Call posted = discord.channelMessages("c21").get(0);
    String content = posted.body().path("content").asText();
    assertThat(posted.body().path("allowed_mentions").path("parse")).isEmpty();
    assertThat(content).doesNotContain("@everyone", "**bridge**", "](https://evil").contains("\\<@123>")
        .doesNotContainPattern("(?<!\\\\)<@123>");
    assertThat(content.replace("\u200B", "")).contains("@everyone");
    assertThat(content).contains("[1] [Harbor bridge update 1](<https://harbor-gazette.example/1>) — Harbor Gazette, 2026-11-28");
  }

  @Test
  @DisplayName("a long alert arrives in order, in messages of at most 2,000 characters")
  void split() throws Exception {
    List<AlertItem> items = IntStream.rangeClosed(1, 10).mapToObj(n -> item(n,
        ("Engineers said part " + n + " of the bridge needs new cables. ").repeat(6))).toList();
    sender.send(channel("c22"), new Notice.Alerts(items, 0, Optional.empty()));

    List<FakeDiscordApi.Call> posted = discord.channelMessages("c22");
    assertThat(posted).hasSizeGreaterThan(1)
        .allSatisfy(c -> assertThat(c.body().path("content").asText().length()).isBetween(1, 2000));
    String whole = posted.stream().map(c -> c.body().path("content").asText()).collect(Collectors.joining("\n"));
    assertThat(whole).startsWith("**10 new articles on your topics**");
    assertThat(whole.indexOf("[1] [Harbor bridge update 1]")).isLessThan(whole.indexOf("[9] [Harbor bridge update 9]"));
  }

  @Test
  @DisplayName("a deleted channel (404) pauses the subscriber; a refused token is retried later")
  void failures() {
    assertThatThrownBy(() -> sender.send(channel(FakeDiscordApi.GONE_CHANNEL),
        new Notice.Alerts(List.of(item(1, "The bridge closes.")), 0, Optional.empty())))
        .isInstanceOf(AlertSender.SubscriberGone.class).hasMessageContaining("Unknown Channel");
    DiscordNotices wrongToken = new DiscordNotices(new DiscordApi(Optional.of(discord.url())), "wrong");
    assertThatThrownBy(() -> wrongToken.send(channel("c23"),
        new Notice.Alerts(List.of(item(1, "The bridge closes.")), 0, Optional.empty())))
        .isInstanceOf(DiscordException.class).isNotInstanceOf(AlertSender.SubscriberGone.class);
    assertThat(discord.channelMessages("c23")).isEmpty();
  }
}
