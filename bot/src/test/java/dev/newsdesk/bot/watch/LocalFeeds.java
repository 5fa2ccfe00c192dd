package dev.newsdesk.bot.watch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** RSS feeds served on 127.0.0.1, one per outlet, whose items a test sets before each poll. */
public final class LocalFeeds implements AutoCloseable {

  /** One feed item; its text is long enough to be taken whole, so no page is fetched. */
  public record Item(String title, String link, Instant published, String text) {}

  private final HttpServer server;
  private final Map<String, String> bodies = new ConcurrentHashMap<>();

  public LocalFeeds() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String body = bodies.get(exchange.getRequestURI().getPath());
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  /** Publishes the outlet's feed with these items; returns its address. */
  public String publish(String outlet, List<Item> items) {
    String path = "/" + outlet.toLowerCase().replaceAll("[^a-z]+", "-") + ".xml";
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
        .append(outlet).append("</title><link>https://example.org/</link><description>news</description>");
    for (Item item : items) {
      rss.append("<item><title>").append(item.title()).append("</title><link>").append(item.link())
          .append("</link><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published().atZone(ZoneOffset.UTC)))
          .append("</pubDate><description>").append(item.text()).append("</description></item>");
    }
    bodies.put(path, rss.append("</channel></rss>").toString());
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
