package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("newsdesk ingest --dry-run --json, then ask --json")
class IngestDryRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WALL_PAGE = "<html><head><meta property=\"og:site_name\" content=\"Valley Toll Post\">"
      + "<meta property=\"article:published_time\" content=\"2026-10-09T07:00:00Z\"><meta name=\"author\" content=\"Ines Varga\">"
      + "</head><body><article><h1>Toll road opens between the valleys</h1>"
      + "<p>The new toll road between the two valleys opened on Friday morning after three years of work.</p>"
      + "<p>Subscribe for unlimited access for 1 crown</p></article></body></html>";
  private static final String NEWSAPI = "{\"articles\":[{\"source\":{\"name\":\"Wire Example\"},\"title\":\"Dam inspection finds cracks\","
      + "\"url\":\"https://wire.example/dam\",\"publishedAt\":\"2026-10-10T08:00:00Z\",\"content\":\"Inspectors found hairline cracks in the"
      + " old dam wall on Thursday. Repairs to the dam are expected to take until spring, while engineers\\u2026 [+3120 chars]\"}]}";

  @TempDir Path home;
  private Cli cli;
  private Path index;

  @BeforeEach
  void setUp() {
    index = home.resolve("index");
    cli = new Cli(home);
  }

  private String write(String name, String text) throws IOException {
    return Files.writeString(home.resolve(name), text).toString();
  }

  @Test
  @DisplayName("prints one object of articles and problems with every field, and creates no index")
  void printsTheReadArticles() throws IOException {
    String page = write("toll.html", WALL_PAGE);
    String missing = home.resolve("nope.html").toString();

    Cli.Result result = cli.run("--index", index.toString(), "ingest", "--dry-run", "--json", page, missing);

    JsonNode out = JSON.readTree(result.out());
    List<String> fields = new ArrayList<>();
    out.path("articles").get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "url", "title", "outlet", "authors", "published", "published_from",
        "partial", "warnings", "text");
    JsonNode article = out.path("articles").get(0);
    assertThat(article.path("title").asText()).isEqualTo("Toll road opens between the valleys");
    assertThat(article.path("authors").get(0).asText()).isEqualTo("Ines Varga");
    assertThat(article.path("published").asText()).isEqualTo("2026-10-09T07:00:00Z");
    assertThat(article.path("published_from").asText()).isEqualTo("meta article:published_time");
    assertThat(article.path("partial").asBoolean()).isTrue();
    assertThat(article.path("text").asText())
        .isEqualTo("The new toll road between the two valleys opened on Friday morning after three years of work.");
    assertThat(out.path("problems").get(0).path("input").asText()).isEqualTo(missing);
    assertThat(out.path("problems").get(0).path("reason").asText()).isEqualTo("no such file or folder");
    assertThat(result.status()).isEqualTo(1);
    assertThat(Files.exists(index)).isFalse();
  }

  @Test
  @DisplayName("what ask --json then cites is the real text: no subscription prompt, no cut sentence")
  void askCitesOnlyRealText() throws IOException {
    String page = write("toll.html", WALL_PAGE);
    String api = write("api.json", NEWSAPI);
    Cli.Result ingest = cli.run("--index", index.toString(), "ingest", "--no-progress", page, api);
    assertThat(ingest.out()).contains("2 added").contains("Warnings (kept):").contains("subscription wall");

    JsonNode toll = JSON.readTree(cli.run("--index", index.toString(), "ask", "--json",
        "When did the toll road between the valleys open?").out());
    assertThat(toll.path("answer").asText()).contains("opened on Friday").doesNotContain("Subscribe").doesNotContain("crown");
    assertThat(toll.path("sources").get(0).path("title").asText()).isEqualTo("Toll road opens between the valleys");

    JsonNode dam = JSON.readTree(cli.run("--index", index.toString(), "ask", "--json",
        "What did inspectors find in the dam?").out());
    assertThat(dam.path("answer").asText()).contains("hairline cracks").doesNotContain("while engineers")
        .doesNotContain("chars]");
  }
}
