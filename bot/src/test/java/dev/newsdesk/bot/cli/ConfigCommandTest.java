package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk config check")
class ConfigCommandTest {

  @TempDir Path home;

  @Test
  void should_pass_the_defaults_and_say_what_is_on() {
    Cli.Result result = new Cli(home).run("--index", home.resolve("index").toString(), "config", "check");
    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("Configuration OK.").contains("composer   extractive (offline)")
        .contains("telegram   off");
  }

  @Test
  void should_name_an_unknown_key() throws IOException {
    Path file = Files.writeString(home.resolve("n.yml"), "telegram:\n  tokn: abc\n");
    Cli.Result result = new Cli(home).run("--config", file.toString(), "config", "check");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("unknown key 'telegram.tokn'");
  }

  @Test
  void should_name_a_value_of_the_wrong_type() {
    Cli.Result result = new Cli(home).env("NEWSDESK_HTTP_PORT", "eighty").run("config", "check");
    assertThat(result.out()).contains("http.port must be a whole number, was 'eighty' (from NEWSDESK_HTTP_PORT)");
  }

  @Test
  void should_name_the_secret_an_enabled_channel_lacks() throws IOException {
    Path file = Files.writeString(home.resolve("n.yml"), "slack:\n  enabled: true\n");
    Cli.Result result = new Cli(home).run("--config", file.toString(), "--index", home.resolve("i").toString(),
        "config", "check");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("slack.bot-token (SLACK_BOT_TOKEN) is not set");
  }

  @Test
  void should_refuse_an_index_folder_that_is_a_file() throws IOException {
    Path file = Files.writeString(home.resolve("plain-file"), "x");
    Cli.Result result = new Cli(home).run("--index", file.resolve("index").toString(), "config", "check");
    assertThat(result.out()).contains("is a file, not a folder");
  }

  @Test
  void should_never_print_a_secret() {
    Cli.Result result = new Cli(home).env("TELEGRAM_BOT_TOKEN", "123:very-secret-token")
        .run("--index", home.resolve("index").toString(), "config", "check");
    assertThat(result.out()).contains("telegram   on").doesNotContain("very-secret-token");
  }
}
