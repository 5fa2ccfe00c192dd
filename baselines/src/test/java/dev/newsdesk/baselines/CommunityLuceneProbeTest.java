package dev.newsdesk.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole program, in-process, on 30 passages embedded by the real bge-small model. */
class CommunityLuceneProbeTest {

  static final int K = 5;

  @TempDir static Path temp;

  static Path work;
  static int exitCode;
  static String stdout;
  static String stderr;
  static JsonNode report;

  @BeforeAll
  static void runProbe() throws Exception {
    Path data = TestData.writeEmbedded(temp.resolve("data"));
    work = temp.resolve("work");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    exitCode =
        CommunityLuceneProbe.run(
            new String[] {"--data", data.toString(), "--work", work.toString(), "--k", String.valueOf(K), "--rounds", "2"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(exitCode).as("exit code; stderr:%n%s", stderr).isZero();
    report = new ObjectMapper().readTree(stdout);
  }

  @Test
  void printsExactlyOneJsonObjectWithTheContractFields() throws Exception {
    assertThat(exitCode).as(stderr).isZero();
    assertThat(stdout.strip().lines()).hasSize(1);
    assertThat(report.isObject()).isTrue();

    assertThat(report.get("retriever").asText()).isEqualTo("langchain4j-community-lucene 1.5.0-beta11");
    assertThat(report.get("passages").asInt()).isEqualTo(TestData.TEXTS.size());
    assertThat(report.get("queries").asInt()).isEqualTo(TestData.QUESTIONS.size());
    assertThat(report.get("k").asInt()).isEqualTo(K);
    assertThat(report.get("index_seconds").isNumber()).isTrue();
    assertThat(report.get("index_seconds").asDouble()).isPositive();
    assertThat(report.get("index_bytes").asLong()).isEqualTo(CommunityIndex.folderBytes(work)).isPositive();
    assertThat(report.get("heap_mb").asDouble()).isPositive();
    assertThat(report.get("rss_mb").asDouble()).isGreaterThan(report.get("heap_mb").asDouble());
    assertThat(report.get("versions").get("langchain4j-core").asText()).isEqualTo("1.5.0");

    List<String> modes = new ArrayList<>();
    report.get("modes").fieldNames().forEachRemaining(modes::add);
    assertThat(modes).containsExactly("fulltext", "hybrid", "vector", "vector_precomputed");
    for (String name : modes) {
      JsonNode mode = report.get("modes").get(name);
      assertThat(mode.get("description").asText()).as(name).isNotBlank();
      double p50 = mode.get("p50_ms").asDouble();
      double p99 = mode.get("p99_ms").asDouble();
      assertThat(p50).as(name).isPositive();
      assertThat(p99).as(name).isGreaterThanOrEqualTo(p50);
      JsonNode results = mode.get("results");
      assertThat(results.size()).as(name).isEqualTo(TestData.QUESTIONS.size());
      for (JsonNode row : results) {
        assertThat(row.size()).as(name).isBetween(1, K);
        row.forEach(id -> assertThat(id.asText()).matches("p\\d{7}"));
      }
    }
  }

  @Test
  void everyModeFindsTheAnsweringPassage() {
    for (String mode : List.of("fulltext", "hybrid", "vector", "vector_precomputed")) {
      boolean vector = mode.startsWith("vector");
      for (int i = 0; i < TestData.QUESTIONS.size(); i++) {
        TestData.Question question = TestData.QUESTIONS.get(i);
        if (!vector && !question.lexical()) {
          continue; // no shared words: the full-text side cannot be expected to find it
        }
        assertThat(top(mode, i, 3)).as(mode + " " + question.text()).contains(question.expected());
      }
    }
  }

  @Test
  void vectorModesRankBySemanticsNotWords() {
    // q8 and q9 share no content word with their passage: only the vectors can put it first.
    for (String mode : List.of("vector", "vector_precomputed")) {
      assertThat(top(mode, 8, 1)).as(mode).containsExactly(TestData.QUESTIONS.get(8).expected());
      assertThat(top(mode, 9, 1)).as(mode).containsExactly(TestData.QUESTIONS.get(9).expected());
    }
    assertThat(top("fulltext", 9, 1)).doesNotContain(TestData.QUESTIONS.get(9).expected());
  }

  @Test
  void hybridAddsTheVectorsNeighboursToTheTextMatches() {
    // q8 shares only "other" with a cycling passage: full text finds nothing else, hybrid brings in the
    // vector's best passage after that single text match
    String bees = TestData.QUESTIONS.get(8).expected();
    assertThat(top("fulltext", 8, K)).doesNotContain(bees);
    assertThat(top("hybrid", 8, 2)).contains(bees);
    // and with summed scores every text match outranks a vector-only candidate: q9's best vector
    // passage (first in 'vector') is not first in 'hybrid'
    String whale = TestData.QUESTIONS.get(9).expected();
    assertThat(top("vector", 9, 1)).containsExactly(whale);
    assertThat(top("hybrid", 9, 1)).doesNotContain(whale);
  }

  @Test
  void embeddingTheQuestionItselfMatchesThePrecomputedVector() {
    JsonNode agreement = report.get("query_vector_agreement").get("with_instruction");
    assertThat(agreement.get("min_cosine").asDouble()).isGreaterThan(0.999);
    assertThat(report.get("modes").get("vector").get("results"))
        .isEqualTo(report.get("modes").get("vector_precomputed").get("results"));
  }

  @Test
  void theIndexIsTheLibrarysOwnInTheWorkFolder() throws Exception {
    try (Stream<Path> files = Files.list(work)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("segments_"));
    }
    assertThat(report.get("index_segments").asInt()).isPositive();
    JsonNode diagnostics = report.get("fulltext_query_diagnostics");
    assertThat(diagnostics.get("parse_failures").asInt()).isZero();
    // every fixture question but q9 ends with '?', which the classic QueryParser reads as a wildcard
    assertThat(diagnostics.get("wildcard_or_fuzzy_queries").asInt()).isEqualTo(TestData.QUESTIONS.size() - 1);
  }

  private static List<String> top(String mode, int query, int n) {
    JsonNode row = report.get("modes").get(mode).get("results").get(query);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(n, row.size()); i++) {
      ids.add(row.get(i).asText());
    }
    return ids;
  }
}
