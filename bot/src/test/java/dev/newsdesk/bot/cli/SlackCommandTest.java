package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk slack")
class SlackCommandTest {

  @TempDir Path home;

  @Test
  @DisplayName("without any team chat configured, says which variables to set and exits with 1")
  void nothingConfigured() {
    Cli.Result result = new Cli(home).env("NEWSDESK_EMBEDDING_PROVIDER", "none")
        .run("--index", home.resolve("index").toString(), "slack");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).contains("no team chat is configured").contains("SLACK_BOT_TOKEN")
        .contains("NEWSDESK_MATTERMOST_TOKEN");
  }
}
