package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal stand-in for the Telegram Bot API on 127.0.0.1, enough for Newsdesk's Telegram channel
 * to start and send: {@code getMe}, {@code getUpdates} (no updates, after a wait of at most a
 * second), {@code sendMessage} (answered with the Message object the API returns: message_id,
 * date, chat{id, type}, text, per core.telegram.org/bots/api#sendmessage) and {@code true} for any
 * other method. Records, per chat, when the first message carrying a citation ({@code [1]}) arrived,
 * in {@link System#nanoTime()} units.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123456:bench-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long BOT_ID = 123456;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-bot-api");
    t.setDaemon(true);
    return t;
  });
  private final AtomicInteger messageIds = new AtomicInteger();
  private final AtomicInteger sent = new AtomicInteger();
  private final Map<Long, Long> firstAlertNanos = new ConcurrentHashMap<>();

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The address to give Newsdesk as {@code telegram.api-url}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** When the first message with a citation reached the chat ({@link System#nanoTime()}), if one did. */
  Long firstAlert(long chatId) {
    return firstAlertNanos.get(chatId);
  }

  /** How many sendMessage calls arrived. */
  int messages() {
    return sent.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long now = System.nanoTime();
    try (exchange) {
      String[] path = exchange.getRequestURI().getPath().split("/");
      if (path.length < 3 || !path[1].equals("bot" + TOKEN)) {
        respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      String method = path[path.length - 1].toLowerCase(Locale.ROOT);
      JsonNode params = params(exchange);
      String result = switch (method) {
        case "getme" -> "{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Newsdesk\",\"username\":\"newsdesk_bench_bot\"}";
        case "getupdates" -> {
          Thread.sleep(Math.min(1000, params.path("timeout").asLong(0) * 1000));
          yield "[]";
        }
        case "sendmessage" -> message(params, now);
        default -> "true";
      };
      respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String message(JsonNode params, long now) throws IOException {
    long chat = params.path("chat_id").asLong();
    String text = params.path("text").asText();
    sent.incrementAndGet();
    if (text.contains("[1]")) {
      firstAlertNanos.putIfAbsent(chat, now);
    }
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageIds.incrementAndGet());
    message.put("date", Instant.now().getEpochSecond());
    message.putObject("chat").put("id", chat).put("type", "private");
    message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Newsdesk");
    message.put("text", text);
    return JSON.writeValueAsString(message);
  }

  private static JsonNode params(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
    if (body.isBlank()) {
      return JSON.createObjectNode();
    }
    if (type.contains("json")) {
      return JSON.readTree(body);
    }
    ObjectNode form = JSON.createObjectNode();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return form;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
