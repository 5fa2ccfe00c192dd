package dev.newsdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk bench} as its user runs it: the options, the messages, the figures printed. */
class BenchMainTest {

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int bench(String... args) {
    Map<String, String> env = Map.of("HOME", temp.toString(), "XDG_DATA_HOME", temp.resolve("data").toString(),
        "XDG_CONFIG_HOME", temp.resolve("config").toString());
    return BenchMain.run(args, env, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void should_ask_for_one_mode_when_none_is_given() {
    assertThat(bench("--rounds", "1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("bench needs one of --corpus FILE|DIR, --passages N or --real");
  }

  @Test
  void should_name_the_missing_community_jar_and_how_to_get_it() throws IOException {
    Path source = Files.createDirectories(temp.resolve("source-index"));
    Path questions = Files.writeString(temp.resolve("q.jsonl"), "{\"question\": \"Who won?\"}\n");
    Path missing = temp.resolve("nowhere/newsdesk-baselines.jar");

    int status = bench("--real", "--source-index", source.toString(), "--questions", questions.toString(),
        "--baselines-jar", missing.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("no community-baseline jar at " + missing + " (from --baselines-jar)")
        .contains("mvn -B -DskipTests -f baselines/pom.xml package")
        .contains("--baselines EXACT or NONE")
        .doesNotContain("Exception");
  }

  @Test
  void should_find_the_community_jar_from_the_option_then_the_property_then_the_default() {
    Path given = Path.of("/opt/given.jar");
    assertThat(CommunityJar.find(Optional.of(given), Optional.of("/opt/property.jar")).path()).isEqualTo(given);
    assertThat(CommunityJar.find(Optional.empty(), Optional.of("/opt/property.jar")))
        .isEqualTo(new CommunityJar(Path.of("/opt/property.jar"), "-Dnewsdesk.baselines.jar"));
    assertThat(CommunityJar.find(Optional.empty(), Optional.of(" ")).path())
        .isEqualTo(Path.of("baselines/target/newsdesk-baselines.jar"));
    assertThat(CommunityJar.find(Optional.empty(), Optional.empty()).missing())
        .contains("from the default, relative to the folder bench runs in");
  }

  @Test
  void should_time_ingest_and_answers_over_a_corpus_without_touching_the_users_index() throws IOException {
    Path corpus = temp.resolve("sample-news.jsonl");
    try (InputStream in = BenchMainTest.class.getResourceAsStream("/sample-news/sample-news.jsonl")) {
      Files.write(corpus, in.readAllBytes());
    }

    int status = bench("--corpus", corpus.toString(), "--rounds", "1", "--json");

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(r.get("articles").asInt()).isPositive();
    assertThat(r.get("queries").asInt()).as("one round over the headline of each indexed passage")
        .isEqualTo(r.get("passages").asInt());
    assertThat(r.get("ask_p99_ms").asDouble()).isGreaterThanOrEqualTo(r.get("ask_p50_ms").asDouble());
    assertThat(r.get("composer").asText()).isEqualTo("extractive");
    assertThat(r.get("index_bytes").asLong()).isPositive();
    assertThat(temp.resolve("data")).as("the user's data folder").doesNotExist();
  }
}
