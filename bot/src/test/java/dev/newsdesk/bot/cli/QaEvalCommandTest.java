package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk eval --qa")
class QaEvalCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  /** One item any answer to it passes, one no answer can pass, one follow-up. */
  private Path set() throws IOException {
    return Files.write(home.resolve("qa.jsonl"), List.of(
        "{\"id\":\"pass-1\",\"kind\":\"how-many\",\"turns\":[\"How many cartons of oat milk did Tessaro Foods recall?\"],"
            + "\"must\":[[\"86,000\"]],\"url\":\"https://harborgazette.example/2026/08/18/tessaro-foods-recalls-oat-milk\",\"abstain\":false}",
        "",
        "{\"id\":\"fail-1\",\"kind\":\"how-many\",\"turns\":[\"How many cartons of oat milk did Tessaro Foods recall?\"],"
            + "\"must\":[[\"zebra crossing\"]],\"url\":\"https://harborgazette.example/2026/08/18/tessaro-foods-recalls-oat-milk\",\"abstain\":false}",
        "{\"id\":\"fu-1\",\"kind\":\"follow-up\",\"turns\":[\"Who won the Coastal Cup?\",\"and who did they beat?\"],"
            + "\"as_of\":\"2026-06-01T00:00:00Z\",\"must\":[[\"Northfield Rovers\"]],"
            + "\"url\":\"https://harborgazette.example/2026/05/16/harbor-fc-win-coastal-cup-final\",\"abstain\":false}"));
  }

  @Test
  @DisplayName("scores a hand-made set on the sample news: the item that must pass passes, the one that must fail fails")
  void passAndFail() throws IOException {
    Path report = home.resolve("report.txt");
    Cli.Result result = new Cli(home).run("eval", "--qa", set().toString(), "--json", "--report", report.toString());

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode summary = JSON.readTree(result.out());
    JsonNode howMany = summary.get("kinds").get(0);
    assertThat(howMany.get("kind").asText()).isEqualTo("how-many");
    assertThat(howMany.get("items").asInt()).isEqualTo(2);
    assertThat(howMany.get("correct").asInt()).isEqualTo(1);
    assertThat(summary.get("all").get("items").asInt()).isEqualTo(3);
    assertThat(summary.get("latency_p99_ms").asDouble()).isPositive();
    String text = Files.readString(report);
    assertThat(text).contains("PASS").contains("  pass-1  [how-many]")
        .contains("== FAIL  fail-1  [how-many]").contains("expected: [[zebra crossing]]")
        .contains("Q: and who did they beat?").contains("as of 2026-06-01T00:00:00Z")
        .contains("86,000");
  }

  @Test
  @DisplayName("without a file, scores the bundled set and prints a row per kind")
  void bundledTable() {
    Cli.Result result = new Cli(home).run("eval", "--qa");

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).contains("kind", "first sentence", "paraphrase", "absent", "follow-up", "topic-shift")
        .containsPattern("all\\s+1\\d\\d\\s").contains("Latency per turn: p50");
  }

  @Test
  @DisplayName("without --qa it still needs a corpus and questions")
  void needsCorpus() {
    Cli.Result result = new Cli(home).run("eval");

    assertThat(result.status()).isNotZero();
    assertThat(result.err()).contains("eval needs --corpus and --questions, or --qa");
  }
}
