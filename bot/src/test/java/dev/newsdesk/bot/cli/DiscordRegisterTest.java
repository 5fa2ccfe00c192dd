package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.bot.channel.discord.FakeDiscordApi;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk discord register")
class DiscordRegisterTest {

  @TempDir Path home;
  FakeDiscordApi discord;

  @BeforeEach
  void start() throws Exception {
    discord = new FakeDiscordApi("bot-token-1");
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  Cli cli(String botToken) {
    return new Cli(home).env("NEWSDESK_EMBEDDING_PROVIDER", "none").env("DISCORD_APPLICATION_ID", "1300000000000000001")
        .env("DISCORD_BOT_TOKEN", botToken).env("NEWSDESK_DISCORD_API_URL", discord.url());
  }

  @Test
  @DisplayName("overwrites the global commands with /news question, /latest [topic], /timeline and the follow commands, with the bot token")
  void global() {
    Cli.Result result = cli("bot-token-1").run("discord", "register");

    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("Registered /news, /latest, /timeline, /follow, /following, /unfollow, /briefing globally");
    FakeDiscordApi.Call call = discord.calls().get(0);
    assertThat(call.method()).isEqualTo("PUT");
    assertThat(call.path()).isEqualTo("/api/v10/applications/1300000000000000001/commands");
    assertThat(call.authorization()).hasValue("Bot bot-token-1");
    JsonNode news = call.body().get(0);
    assertThat(news.get("name").asText()).isEqualTo("news");
    assertThat(news.get("type").asInt()).isEqualTo(1);
    assertThat(news.at("/options/0/name").asText()).isEqualTo("question");
    assertThat(news.at("/options/0/type").asInt()).isEqualTo(3);
    assertThat(news.at("/options/0/required").asBoolean()).isTrue();
    JsonNode latest = call.body().get(1);
    assertThat(latest.get("name").asText()).isEqualTo("latest");
    assertThat(latest.at("/options/0/name").asText()).isEqualTo("topic");
    assertThat(latest.at("/options/0/required").asBoolean()).isFalse();
    JsonNode following = call.body().get(4);
    assertThat(following.get("name").asText()).isEqualTo("following");
    assertThat(following.get("options")).isEmpty();
    JsonNode briefing = call.body().get(6);
    assertThat(briefing.get("name").asText()).isEqualTo("briefing");
    assertThat(briefing.at("/options/0/name").asText()).isEqualTo("when");
    assertThat(briefing.at("/options/0/required").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("with --guild, registers in that server only")
  void guild() {
    Cli.Result result = cli("bot-token-1").run("discord", "register", "--guild", "1200000000000000009");

    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("Registered /news, /latest, /timeline, /follow, /following, /unfollow, /briefing in guild 1200000000000000009.");
    assertThat(discord.calls()).extracting(FakeDiscordApi.Call::path)
        .isEqualTo(List.of("/api/v10/applications/1300000000000000001/guilds/1200000000000000009/commands"));
  }

  @Test
  @DisplayName("a wrong bot token is reported on one line, without the token")
  void wrongToken() {
    Cli.Result result = cli("wrong-token").run("discord", "register");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).contains("Discord answered 401").contains("401: Unauthorized").doesNotContain("wrong-token");
  }

  @Test
  @DisplayName("without the application id, says which variable to set")
  void noApplication() {
    Cli.Result result = new Cli(home).env("NEWSDESK_EMBEDDING_PROVIDER", "none").env("DISCORD_BOT_TOKEN", "t")
        .run("discord", "register");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).contains("DISCORD_APPLICATION_ID");
    assertThat(discord.calls()).isEmpty();
  }
}
