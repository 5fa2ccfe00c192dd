package dev.newsdesk.retrieval.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.retrieval.article.Readers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Writes small inputs, serves them from a local HTTP server, and reads them as --dry-run --json. */
final class DryRunFixture implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Path folder;
  private HttpServer server;

  DryRunFixture(Path folder) {
    this.folder = folder;
  }

  /** A file with this name and UTF-8 text; its path. */
  String file(String name, String text) {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  String bytes(String name, byte[] content) {
    try {
      Path path = folder.resolve(name);
      Files.write(path, content);
      return path.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A URL on a local server that answers with these bytes and this Content-Type. */
  String served(String path, String contentType, byte[] body) {
    try {
      if (server == null) {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
      }
      server.createContext(path, exchange -> {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code ingest --dry-run --json} prints for these inputs, parsed. */
  static JsonNode dryRun(String... names) {
    InputLoader loader = new InputLoader(10L << 20, new UrlFetcher(Duration.ofSeconds(5)));
    DryRun.Report report = new DryRun(loader, Readers::read).read(List.of(names));
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(report.toJson(MAPPER)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(0);
    }
  }
}
