package dev.newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import java.util.EnumSet;
import java.util.Set;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Inbound channels started from the configuration")
class InboundChannelsTest {

  @TempDir Path folder;

  static final Set<InboundChannels.Kind> ALL = EnumSet.allOf(InboundChannels.Kind.class);

  Newsdesk newsdesk(Map<String, String> env) {
    return new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder)).load(Optional.empty()));
  }

  @Test
  @DisplayName("the Mattermost and Rocket.Chat hooks share one server with any extra route")
  void oneServerForAll() throws Exception {
    Newsdesk newsdesk = newsdesk(Map.of(
        "NEWSDESK_HTTP_HOST", "127.0.0.1", "NEWSDESK_HTTP_PORT", "0",
        "NEWSDESK_MATTERMOST_TOKEN", "mm", "NEWSDESK_ROCKETCHAT_TOKEN", "rc"));
    try (SampleNewsAnswering news = SampleNewsAnswering.indexedIn(folder);
        InboundChannels inbound = newsdesk.startChannels(news.answering(), news.index(), ALL,
            List.of(Route.get("/healthz", request -> InboundResponse.text(200, "ok"))))) {
      int port = inbound.port().orElseThrow();

      assertThat(inbound.running()).containsExactlyInAnyOrder(
          "GET /healthz on port " + port,
          "POST /hooks/mattermost on port " + port, "POST /hooks/rocketchat on port " + port);
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("ok");
    }
  }

  @Test
  @DisplayName("Discord (by its public key) and Teams (by its HMAC key) take their routes on the same server")
  void discordAndTeams() {
    Newsdesk newsdesk = newsdesk(Map.of(
        "NEWSDESK_HTTP_HOST", "127.0.0.1", "NEWSDESK_HTTP_PORT", "0",
        "DISCORD_PUBLIC_KEY", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
        "NEWSDESK_TEAMS_HMAC_KEY", "c2VjdXJpdHktdG9rZW4tZnJvbS10ZWFtcw=="));
    try (SampleNewsAnswering news = SampleNewsAnswering.indexedIn(folder);
        InboundChannels inbound = newsdesk.startChannels(news.answering(), news.index(), ALL, List.of())) {
      int port = inbound.port().orElseThrow();

      assertThat(inbound.running()).containsExactlyInAnyOrder(
          "POST /discord/interactions on port " + port, "POST /hooks/teams on port " + port);
    }
  }

  @Test
  @DisplayName("a Discord public key that is not 64 hex digits is refused, naming the setting")
  void badDiscordKey() {
    assertThatThrownBy(() -> newsdesk(Map.of("DISCORD_PUBLIC_KEY", "not-a-key")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("discord.public-key (DISCORD_PUBLIC_KEY)");
  }

  @Test
  @DisplayName("a Slack whose Web API refuses the bot token fails to start with a message naming the setting")
  void slackUnreachable() {
    Newsdesk newsdesk = newsdesk(Map.of("NEWSDESK_HTTP_PORT", "0",
        "SLACK_BOT_TOKEN", "xoxb-secret-value", "SLACK_SIGNING_SECRET", "secret",
        "NEWSDESK_SLACK_API_URL", "http://127.0.0.1:1/api/"));
    try (SampleNewsAnswering news = SampleNewsAnswering.indexedIn(folder)) {
      assertThatThrownBy(() -> newsdesk.startChannels(news.answering(), news.index(), ALL, List.of()))
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("SLACK_BOT_TOKEN")
          .hasMessageNotContaining("xoxb-secret-value");
    }
  }

  @Test
  @DisplayName("with nothing configured nothing runs and no port is taken")
  void nothingConfigured() {
    try (SampleNewsAnswering news = SampleNewsAnswering.indexedIn(folder);
        InboundChannels inbound = newsdesk(Map.of()).startChannels(news.answering(), news.index(), ALL, List.of())) {
      assertThat(inbound.running()).isEmpty();
      assertThat(inbound.port()).isEmpty();
    }
  }
}
