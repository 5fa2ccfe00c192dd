package dev.newsdesk.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ingest pipeline")
class IngesterTest {

  private static final long TEN_MB = 10L * 1024 * 1024;

  @TempDir Path folder;

  private static String jsonArticle(String slug, String title, String text) {
    return "{\"url\": \"https://valley-wire.example/" + slug + "\", \"title\": \"" + title
        + "\", \"source\": \"Valley Wire\", \"published\": \"2026-09-01T10:00:00Z\", \"text\": \"" + text + "\"}";
  }

  private IngestReport ingest(NewsIndex index, String... names) {
    InputLoader loader = new InputLoader(TEN_MB, new UrlFetcher(Duration.ofSeconds(5)));
    return new Ingester(index, loader, Readers::read, new PassageSplitter(), java.util.Optional.empty(), 16)
        .ingest(List.of(names), IngestListener.QUIET);
  }

  @Nested
  @DisplayName("given a folder of good and bad inputs")
  class BadInput {

    @Test
    @DisplayName("reports each bad input with its reason, ingests the good ones and stays consistent")
    void reportsEachBadInput() throws IOException {
      Path news = Files.createDirectories(folder.resolve("news"));
      Files.writeString(news.resolve("good.jsonl"),
          jsonArticle("lighthouse", "Lighthouse reopens", "The old lighthouse reopened to visitors on Sunday.") + "\n"
              + "{\"title\": \"Broken record\", \"text\": \"cut off here\n"
              + jsonArticle("bridge", "Bridge repairs finish", "Repairs to the river bridge finished a week early.") + "\n");
      Files.writeString(news.resolve("empty.txt"), "");
      Files.write(news.resolve("binary.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2, 3});
      Files.write(news.resolve("latin1.txt"), "Caf\u00e9 opens\n\nThe caf\u00e9 opened.".getBytes(StandardCharsets.ISO_8859_1));
      Files.writeString(news.resolve("truncated.json"), "{\"title\": \"Half an article\", \"text\": \"The sto");
      Files.writeString(news.resolve("bad-feed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>X</title><item><title>A</ite");
      Files.writeString(news.resolve("broken.html"),
          "<html><head><title>Orchard harvest breaks record</title><body><article><p>Apple growers in the valley"
              + " picked a record harvest this autumn, the growers' association said.<p>Prices fell as a result.");
      Files.writeString(news.resolve("notes.pdf"), "%PDF-1.4");
      try (OutputStream out = Files.newOutputStream(news.resolve("huge.txt"))) {
        byte[] line = "All work and no play makes a very long file.\n".getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written <= TEN_MB; written += line.length) {
          out.write(line);
        }
      }
      Files.createSymbolicLink(news.resolve("gone.txt"), news.resolve("nowhere.txt"));

      try (NewsIndex index = NewsIndex.openForWriting(folder.resolve("index"))) {
        IngestReport report = ingest(index, news.toString(), folder.resolve("missing-folder").toString());

        assertThat(report.added()).isEqualTo(3);
        assertThat(report.hasFailures()).isTrue();
        assertThat(report.failed()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).contains("good.jsonl:2"))
            .anySatisfy(p -> assertThat(p).contains("empty.txt").contains("empty file"))
            .anySatisfy(p -> assertThat(p).contains("binary.txt").contains("binary"))
            .anySatisfy(p -> assertThat(p).contains("latin1.txt").contains("invalid UTF-8 at byte 3"))
            .anySatisfy(p -> assertThat(p).contains("truncated.json"))
            .anySatisfy(p -> assertThat(p).contains("bad-feed.rss").contains("feed"))
            .anySatisfy(p -> assertThat(p).contains("huge.txt").contains("over the 10 MB limit"))
            .anySatisfy(p -> assertThat(p).contains("gone.txt").contains("cannot read"))
            .anySatisfy(p -> assertThat(p).contains("missing-folder").contains("no such file or folder"));
        assertThat(report.skipped()).extracting(Problem::location).anySatisfy(l -> assertThat(l).endsWith("notes.pdf"));
        assertThat(index.stats().articles()).isEqualTo(3);
        assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("record apple harvest", 3)))
            .first().extracting(RetrievedPassage::title).isEqualTo("Orchard harvest breaks record");
      }
    }
  }

  @Nested
  @DisplayName("given the same inputs twice")
  class Repeats {

    @Test
    @DisplayName("the second run changes nothing")
    void secondRunChangesNothing() throws IOException {
      Path file = folder.resolve("news.jsonl");
      Files.writeString(file, jsonArticle("a", "Harbour dredging begins", "Dredging of the harbour began on Monday.") + "\n"
          + jsonArticle("b", "Tide gauge installed", "A new tide gauge was installed at the pier.") + "\n");
      try (NewsIndex index = NewsIndex.openForWriting(folder.resolve("index"))) {
        IngestReport first = ingest(index, file.toString());
        long passages = index.stats().passages();
        IngestReport second = ingest(index, file.toString());

        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(index.stats().articles()).isEqualTo(2);
        assertThat(index.stats().passages()).isEqualTo(passages);
      }
    }

    @Test
    @DisplayName("an updated article replaces its old passages")
    void updatedArticleReplacesPassages() throws IOException {
      Path file = folder.resolve("news.json");
      Files.writeString(file, jsonArticle("a", "Harbour dredging begins", "Dredging of the harbour began on Monday."));
      try (NewsIndex index = NewsIndex.openForWriting(folder.resolve("index"))) {
        ingest(index, file.toString());
        Files.writeString(file, jsonArticle("a", "Harbour dredging begins", "Dredging of the harbour was postponed until spring."));
        IngestReport second = ingest(index, file.toString());

        assertThat(second.updated()).isEqualTo(1);
        assertThat(index.stats().passages()).isEqualTo(1);
        assertThat(Retrievers.bm25(index).retrieve(SearchRequest.of("harbour dredging", 5)))
            .singleElement().extracting(RetrievedPassage::text).asString().contains("postponed");
      }
    }
  }

  @Nested
  @DisplayName("given web addresses")
  class WebAddresses {

    @Test
    @DisplayName("reads a feed served over HTTP and reports a missing page")
    void readsFeedOverHttp() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      String rss = """
          <?xml version="1.0" encoding="UTF-8"?>
          <rss version="2.0"><channel><title>Coastline Daily</title><link>https://coastline.example/</link>
          <item><title>Seal pups counted on the sandbank</title><link>https://coastline.example/seals</link>
          <pubDate>Tue, 02 Jun 2026 08:00:00 GMT</pubDate>
          <description>Volunteers counted 41 seal pups on the sandbank this week, up from 33 last year.</description></item>
          </channel></rss>""";
      server.createContext("/feed.xml", exchange -> {
        byte[] body = rss.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      try (NewsIndex index = NewsIndex.openForWriting(folder.resolve("index"))) {
        IngestReport report = ingest(index, base + "/feed.xml", base + "/missing.html");

        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failed()).singleElement().extracting(Problem::toString).asString()
            .contains("/missing.html").contains("HTTP 404");
        RetrievedPassage hit = Retrievers.bm25(index).retrieve(SearchRequest.of("seal pups", 1)).get(0);
        assertThat(hit.title()).isEqualTo("Seal pups counted on the sandbank");
        assertThat(hit.url()).contains("https://coastline.example/seals");
        assertThat(hit.outlet()).isEqualTo("Coastline Daily");
        assertThat(hit.publishedDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2026-06-02"));
      } finally {
        server.stop(0);
      }
    }
  }
}
