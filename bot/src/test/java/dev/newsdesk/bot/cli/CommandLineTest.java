package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The newsdesk command line")
class CommandLineTest {

  static final Path SEED =
      Path.of(System.getProperty("newsdesk.shared", "../../shared"), "fixtures", "000_9779330d0ce9bd2a.txt");
  static final String SEED_TITLE =
      "The U.S. president confirmed discussions with the Russian leader over major economic transactions and the war in Ukraine.";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  private Cli cli;
  private Path index;

  @BeforeEach
  void setUp() {
    index = home.resolve("index");
    cli = new Cli(home);
  }

  @Nested
  @DisplayName("given the seed-shaped article ingested")
  class SeedArticle {

    @BeforeEach
    void ingest() {
      Cli.Result result = cli.run("--index", index.toString(), "ingest", "--no-progress", SEED.toString());
      assertThat(result.status()).as(result.err()).isZero();
      assertThat(result.out()).contains("1 added, 0 updated, 0 unchanged, 0 skipped, 0 failed");
    }

    @Test
    @DisplayName("ask --json cites it for the question it answers")
    void askCitesSeed() throws IOException {
      Cli.Result result =
          cli.run("--index", index.toString(), "ask", "--json", "What did Trump say about rare earth minerals?");

      assertThat(result.status()).as(result.err()).isZero();
      JsonNode answer = JSON.readTree(result.out());
      assertThat(answer.get("abstained").asBoolean()).isFalse();
      assertThat(answer.get("answer").asText()).contains("rare earth").contains("[1]");
      JsonNode source = answer.get("sources").get(0);
      assertThat(source.get("n").asInt()).isEqualTo(1);
      assertThat(source.get("title").asText()).isEqualTo(SEED_TITLE);
      assertThat(source.get("article_id").asText()).hasSize(12);
      assertThat(source.has("outlet")).isTrue();
      assertThat(source.has("published")).isTrue();
      assertThat(source.has("url")).isTrue();
      assertThat(answer.get("sources")).hasSize(1);
    }

    @Test
    @DisplayName("the answer never quotes the embedded tweet or the page furniture")
    void answerSkipsEmbeds() {
      Cli.Result result =
          cli.run("--index", index.toString(), "ask", "What did Trump announce about major business with Russia after the war?");
      assertThat(result.out()).doesNotContain("pic.twitter.com", "@BehizyTweets", "Leave a Comment");
    }

    @Test
    @DisplayName("a question about something absent abstains and cites nothing")
    void absentQuestionAbstains() throws IOException {
      Cli.Result result = cli.run("--index", index.toString(), "ask", "--json", "Who won the chess olympiad in Reykjavik?");
      JsonNode answer = JSON.readTree(result.out());
      assertThat(answer.get("abstained").asBoolean()).isTrue();
      assertThat(answer.get("sources")).isEmpty();
      assertThat(answer.get("answer").asText()).contains("couldn't find");
    }

    @Test
    @DisplayName("ingesting it again changes nothing")
    void secondIngestUnchanged() {
      Cli.Result again = cli.run("--index", index.toString(), "ingest", "--no-progress", SEED.toString());
      assertThat(again.status()).isZero();
      assertThat(again.out()).contains("0 added, 0 updated, 1 unchanged");
    }

    @Test
    @DisplayName("optimize merges the index into one segment and stats still counts everything")
    void optimize() throws IOException {
      Cli.Result result = cli.run("--index", index.toString(), "optimize", "--json");
      assertThat(result.status()).as(result.err()).isZero();
      JsonNode merged = JSON.readTree(result.out());
      assertThat(merged.get("segments_after").asInt()).isEqualTo(1);
      assertThat(merged.get("size_bytes").asLong()).isPositive();
      JsonNode stats = JSON.readTree(cli.run("--index", index.toString(), "stats", "--json").out());
      assertThat(stats.get("articles").asLong()).isEqualTo(1);
      assertThat(cli.run("--index", index.toString(), "optimize").out()).contains("into 1 in");
      Cli.Result missing = cli.run("--index", index.resolveSibling("nothing-here").toString(), "optimize");
      assertThat(missing.status()).isEqualTo(1);
      assertThat(missing.err()).contains("there is no index at");
    }

    @Test
    @DisplayName("stats --json reports articles and passages")
    void statsJson() throws IOException {
      Cli.Result result = cli.run("--index", index.toString(), "stats", "--json");
      JsonNode stats = JSON.readTree(result.out());
      assertThat(stats.get("articles").asLong()).isEqualTo(1);
      assertThat(stats.get("passages").asLong()).isGreaterThanOrEqualTo(2);
      assertThat(stats.get("size_bytes").asLong()).isPositive();
    }

    @Test
    @DisplayName("the text answer ends with the numbered source list")
    void textAnswerHasSources() {
      Cli.Result result =
          cli.run("--index", index.toString(), "ask", "What did Trump say about rare earth minerals?");
      Matcher marker = Pattern.compile("\\[(\\d+)]").matcher(result.out());
      assertThat(marker.find()).isTrue();
      assertThat(result.out()).contains("\nSources\n[1] " + SEED_TITLE);
    }
  }

  @Nested
  @DisplayName("picks the index folder")
  class IndexFolder {

    @Test
    @DisplayName("from NEWSDESK_INDEX, and --index wins over it")
    void fromEnvironmentAndOption() {
      Path fromEnv = home.resolve("env-index");
      cli.env("NEWSDESK_INDEX", fromEnv.toString());
      cli.run("ingest", "--no-progress", SEED.toString());
      assertThat(cli.run("stats").out()).contains(fromEnv.toString()).contains("Articles  1");
      assertThat(cli.run("stats", "--index", index.toString()).out()).contains(index.toString()).contains("Articles  0");
    }
  }

  @Nested
  @DisplayName("given bad input")
  class BadInput {

    @Test
    @DisplayName("ingest reports each failure with its place, keeps the rest and exits with status 1")
    void ingestFailureExitStatus() throws IOException {
      Path broken = Files.writeString(home.resolve("broken.json"), "{\"title\": \"Half");
      Cli.Result result = cli.run("--index", index.toString(), "ingest", "--no-progress",
          SEED.toString(), broken.toString(), home.resolve("nowhere").toString());
      assertThat(result.status()).isEqualTo(1);
      assertThat(result.out()).contains("1 added").contains("2 failed").contains("Failed:")
          .contains(broken.toString()).contains("nowhere: no such file or folder");
    }

    @Test
    @DisplayName("an empty question gets a clear message")
    void emptyQuestion() {
      cli.run("--index", index.toString(), "ingest", "--no-progress", SEED.toString());
      Cli.Result result = cli.run("--index", index.toString(), "ask", "   ");
      assertThat(result.status()).isEqualTo(1);
      assertThat(result.err()).contains("Please ask a question about the news.");
    }

    @Test
    @DisplayName("a question over the configured length gets a clear message")
    void longQuestion() {
      cli.run("--index", index.toString(), "ingest", "--no-progress", SEED.toString());
      cli.env("NEWSDESK_ANSWER_MAX_QUESTION_LENGTH", "20");
      Cli.Result result = cli.run("--index", index.toString(), "ask", "What did Trump say about rare earth minerals?");
      assertThat(result.status()).isEqualTo(1);
      assertThat(result.err()).contains("45 characters long; the limit is 20 (answer.max-question-length)");
    }
  }

  @Nested
  @DisplayName("on first use")
  class FirstUse {

    @Test
    @DisplayName("ask indexes the bundled sample news into the empty index and answers from it")
    void indexesSampleNews() throws IOException {
      Cli.Result result = cli.run("--index", index.toString(), "ask", "--json",
          "Which rocket did Kestrel-2 launch aboard?");
      assertThat(result.status()).as(result.err()).isZero();
      assertThat(result.err()).contains("was empty: indexed the bundled sample news (44 invented articles)");
      JsonNode answer = JSON.readTree(result.out());
      assertThat(answer.get("answer").asText()).contains("Tern-4");
      assertThat(answer.get("sources").get(0).get("url").asText()).startsWith("https://");
      assertThat(answer.get("sources").get(0).get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @DisplayName("timeline --as-of prints the story's developments up to that day, oldest first, each cited")
    void timeline() {
      Cli.Result result = cli.run("--index", index.toString(), "timeline", "--as-of", "2026-07-20", "Kestrel-2");
      assertThat(result.status()).as(result.err()).isZero();
      assertThat(result.out()).startsWith("How “Kestrel-2” developed:\n2026-07-06 — ").contains("\n2026-07-15 — ")
          .doesNotContain("2026-07-28 —").contains("\nSources\n[1] Kestrel-2 launch delayed after valve fault found")
          .contains("[2] ").doesNotContain("[3] ");
    }

    @Test
    @DisplayName("the console answers a typed question with citations and leaves on :quit")
    void consoleSession() {
      Cli.Result result = cli.runWithInput("Who scored the winning goal in the Coastal Cup final?\n:quit\n",
          "--index", index.toString(), "console");
      assertThat(result.status()).as(result.err()).isZero();
      assertThat(result.out().replace("\r\n", "\n")).contains("Newsdesk — 44 articles from 5 outlets").contains("Eriksen")
          .contains("[1]").contains("\nSources\n[1] ").endsWith("Bye.\n");
    }
  }
}
