package dev.newsdesk.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.search.SearchMode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("/healthz and a damaged index")
class IndexHealthTest {

  static final ObjectMapper JSON = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path folder;

  @Test
  @DisplayName("when index files are truncated under a running server, /healthz says 503 with the reason, as /api/ask fails")
  void truncatedIndex() throws Exception {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none");
    Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder))
        .load(Optional.empty()).withIndexPath(folder.resolve("index")));
    try (NewsIndex index = newsdesk.openForWriting()) {
      newsdesk.ingester(index).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
      NewsdeskMetrics metrics = new NewsdeskMetrics(index);
      ApiRoutes api = new ApiRoutes(newsdesk.answering(index, metrics), newsdesk.search(index, SearchMode.BM25),
          newsdesk.timelines(index), index, metrics, Optional.empty());
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          api.routes())) {
        assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);

        truncateSegmentFiles(folder.resolve("index"));
        HttpResponse<String> ask = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/api/ask")).POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"Who won the Coastal Cup final?\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = get(server, "/healthz");

        assertThat(ask.statusCode()).as(ask.body()).isEqualTo(503);
        assertThat(JSON.readTree(ask.body()).get("error").asText()).startsWith("the news index could not be searched");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isIn("searches fail", "index unreadable");
        assertThat(JSON.readTree(health.body()).get("error").asText()).isNotBlank();
      }
    } catch (RuntimeException closing) {
      // closing an index whose files were cut fails too; the test is about what the server said before
    }
  }

  HttpResponse<String> get(NewsdeskServer server, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Cuts every data file of the index to a few bytes, as a failing disk or a careless operator would. */
  static void truncateSegmentFiles(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
          && !f.getFileName().toString().equals("write.lock")).toList()) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.truncate(Math.min(channel.size(), 16));
        }
      }
    }
  }
}
