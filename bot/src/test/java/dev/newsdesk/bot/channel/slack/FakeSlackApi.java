package dev.newsdesk.bot.channel.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.bot.http.InboundRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A local stand-in for Slack's Web API: answers {@code auth.test} and {@code apps.connections.open},
 * and records every {@code chat.postMessage} and every post to a response URL.
 */
final class FakeSlackApi implements AutoCloseable {

  /** One message Newsdesk sent: the form fields of chat.postMessage, or the JSON sent to a response URL. */
  record Posted(String path, Map<String, String> fields, String authorization) {
    String text() {
      return fields.getOrDefault("text", "");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final BlockingQueue<Posted> posted = new LinkedBlockingQueue<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/";

  FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", this::respond);
    server.start();
  }

  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
  }

  void socketModeUrl(String url) {
    socketUrl = url;
  }

  /** The next message sent, waiting up to the timeout; fails the test when none comes. */
  Posted nextPost(Duration timeout) throws InterruptedException {
    Posted post = posted.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (post == null) {
      throw new AssertionError("nothing was posted to Slack within " + timeout);
    }
    return post;
  }

  /** Messages sent and not yet taken by {@link #nextPost}. */
  List<Posted> pending() {
    return List.copyOf(posted);
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String reply = switch (method) {
      case "auth.test" -> "{\"ok\":true,\"url\":\"https://newsroom.slack.com/\",\"team\":\"Newsroom\",\"user\":\"newsdesk\","
          + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
      case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
      case "chat.postMessage" -> {
        posted.add(new Posted(method, single(InboundRequest.parseForm(body)),
            String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
        yield "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000001.000200\"}";
      }
      default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
    };
    write(exchange, reply);
  }

  private void respond(HttpExchange exchange) throws IOException {
    JsonNode json = JSON.readTree(exchange.getRequestBody());
    Map<String, String> fields = new java.util.HashMap<>();
    json.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
    posted.add(new Posted(exchange.getRequestURI().getPath(), fields, ""));
    write(exchange, "ok");
  }

  private static Map<String, String> single(Map<String, List<String>> form) {
    return form.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0)));
  }

  private static void write(HttpExchange exchange, String reply) throws IOException {
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (exchange) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
