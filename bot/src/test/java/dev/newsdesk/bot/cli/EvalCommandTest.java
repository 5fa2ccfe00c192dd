package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.retrieval.article.ArticleId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk eval")
class EvalCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private Path corpus() throws IOException {
    Path corpus = home.resolve("sample.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/sample-news/sample-news.jsonl")) {
      Files.copy(in, corpus, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return corpus;
  }

  private Path questions() throws IOException {
    String kestrel = ArticleId.fromUrl("https://coastlinedaily.example/2026/07/28/kestrel-2-launches-successfully");
    String floods = ArticleId.fromUrl("https://northfieldcourier.example/2026/09/21/marlow-valley-flood-damage-estimate");
    return Files.write(home.resolve("questions.jsonl"), List.of(
        "{\"id\": \"q1\", \"date\": \"2026-07-30\", \"question\": \"Which rocket carried the Kestrel-2 probe this week?\","
            + " \"choices\": [\"Falcon\", \"Tern-4\", \"Ariane\", \"Vega\"], \"answer\": 1, \"gold_ids\": [\"" + kestrel + "\"]}",
        "{\"id\": \"q2\", \"date\": \"2026-09-25\", \"question\": \"What was the estimated flood damage in the Marlow Valley?\","
            + " \"choices\": [\"2 million crowns\", \"18.4 million crowns\", \"90 million crowns\", \"none\"], \"answer\": 1,"
            + " \"gold_ids\": [\"" + floods + "\"]}",
        "{\"id\": \"q3\", \"date\": \"2026-11-25\", \"question\": \"Who won the Meridian Marathon?\","
            + " \"choices\": [\"Jonna Eklund\", \"Marta Quill\", \"Lina Havel\", \"Elin Sandvik\"], \"answer\": 0, \"gold_ids\": []}"));
  }

  @Test
  @DisplayName("prints the summary keys, writes one report line per question and reuses its cached index")
  void summaryReportAndCache() throws IOException {
    Path report = home.resolve("report.jsonl");
    Cli cli = new Cli(home);
    Cli.Result first = cli.run("eval", "--corpus", corpus().toString(), "--questions", questions().toString(),
        "--json", "--report", report.toString());

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("Indexing").contains("44 added");
    JsonNode summary = JSON.readTree(first.out());
    assertThat(summary.get("questions").asInt()).isEqualTo(3);
    assertThat(summary.get("questions_with_gold").asInt()).isEqualTo(2);
    assertThat(summary.get("hits_at_10").asDouble()).isEqualTo(1.0);
    assertThat(summary.get("mc_accuracy").asDouble()).isEqualTo(1.0);
    for (String key : List.of("hits_at_1", "hits_at_5", "mrr_at_10", "mc_accuracy_gold", "latency_p50_ms", "latency_p99_ms",
        "answer_accuracy", "answer_abstentions", "answer_latency_p50_ms", "answer_latency_p99_ms")) {
      assertThat(summary.has(key)).as(key).isTrue();
    }
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).hasSize(3);
    JsonNode line = JSON.readTree(lines.get(0));
    assertThat(line.get("id").asText()).isEqualTo("q1");
    assertThat(line.get("retrieved_article_ids")).isNotEmpty();
    assertThat(line.get("chosen").asInt()).isEqualTo(1);
    assertThat(line.get("correct").asBoolean()).isTrue();
    assertThat(line.get("answer").asText()).isNotBlank();
    assertThat(line.has("answer_correct")).isTrue();
    assertThat(summary.get("answer_accuracy").asDouble()).isBetween(0.0, 1.0);

    Cli.Result second = cli.run("eval", "--corpus", corpus().toString(), "--questions", questions().toString(), "--mode", "bm25");
    assertThat(second.err()).doesNotContain("Indexing");
    assertThat(second.out()).contains("Mode             bm25").contains("Hits@1/5/10").contains("Answer accuracy");
  }
}
