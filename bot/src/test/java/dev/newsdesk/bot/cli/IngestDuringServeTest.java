package dev.newsdesk.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.api.IngestRoute;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News can be added while serve holds the index: the CLI hands it to the service. */
@DisplayName("newsdesk ingest while serve runs")
class IngestDuringServeTest {

  @TempDir Path home;

  @Test
  @DisplayName("with api.token the CLI hands the files to the running service and prints the same report")
  void handedToTheService() throws Exception {
    Path article = home.resolve("ferry.md");
    Files.writeString(article, "# Ferry timetable changes\n\n"
        + "The ferry timetable changes next week to add a late crossing to the island. ".repeat(10));
    Path indexPath = home.resolve("index");
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none");
    Newsdesk serve = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(indexPath));
    try (NewsIndex index = serve.openForWriting();
        NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
            new IngestRoute(serve.ingester(index), Optional.of("t0ken")).routes())) {
      Cli cli = new Cli(home).env("NEWSDESK_EMBEDDING_PROVIDER", "none")
          .env("NEWSDESK_HTTP_PORT", String.valueOf(server.port()));

      Cli.Result refused = cli.run("--index", indexPath.toString(), "ingest", "--no-progress", article.toString());
      Cli.Result handed = cli.env("NEWSDESK_API_TOKEN", "t0ken")
          .run("--index", indexPath.toString(), "ingest", "--no-progress", article.toString());

      assertThat(refused.status()).isNotZero();
      assertThat(refused.err()).contains("being written by another Newsdesk process").contains("api.token");
      assertThat(handed.status()).as(handed.err()).isZero();
      assertThat(handed.err()).contains("handing the ingest to it");
      assertThat(handed.out()).startsWith("1 added, 0 updated, 0 unchanged, 0 skipped, 0 failed");
      assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("ferry late crossing island", 1)))
          .extracting(p -> p.title()).containsExactly("Ferry timetable changes");
    }
  }
}
