package dev.newsdesk.bot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local stand-in for the Telegram Bot API: serves {@code getUpdates} from a queue (respecting the
 * offset, long-polling briefly when empty), records every call, and can be told to fail the next
 * call of a method. Method names match in any letter case; bodies may be JSON or form-encoded.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123456:TEST-token";
  static final long BOT_ID = 999;
  static final String BOT_USERNAME = "newsdesk_test_bot";

  /** One call the bot made: the method (lower case), its parameters, and when it arrived. */
  record Call(String method, JsonNode params, Instant at) {
    String text() {
      return params.path("text").asText();
    }

    boolean html() {
      return "HTML".equalsIgnoreCase(params.path("parse_mode").asText());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final LinkedBlockingQueue<JsonNode> updates = new LinkedBlockingQueue<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, ConcurrentLinkedQueue<String>> failures = new ConcurrentHashMap<>();
  private final AtomicInteger updateIds = new AtomicInteger(100);
  private final AtomicInteger messageIds = new AtomicInteger(5000);
  private final List<Integer> sentIds = new CopyOnWriteArrayList<>();

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues a private message from a user. */
  int privateMessage(long userId, String text) {
    return enqueue(message(userId, userId, "private", text));
  }

  /** Queues a message in a group. */
  int groupMessage(long chatId, long userId, String text) {
    return enqueue(message(chatId, userId, "supergroup", text));
  }

  /** Queues a group message that replies to an earlier message by the given author. */
  int groupReply(long chatId, long userId, String text, int repliedTo, long repliedAuthor) {
    ObjectNode message = message(chatId, userId, "supergroup", text);
    ObjectNode replied = message(chatId, repliedAuthor, "supergroup", "earlier");
    replied.put("message_id", repliedTo);
    ((ObjectNode) replied.get("from")).put("is_bot", repliedAuthor == BOT_ID);
    message.set("reply_to_message", replied);
    return enqueue(message);
  }

  /** Queues a raw update (the update id is added). */
  void rawUpdate(ObjectNode update) {
    update.put("update_id", updateIds.incrementAndGet());
    updates.add(update);
  }

  /** The next call of the method gets this HTTP status and JSON body. */
  void failNext(String method, int status, String body) {
    failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ConcurrentLinkedQueue<>()).add(status + " " + body);
  }

  /** The ids of the messages the bot sent, in order. */
  List<Integer> sentMessageIds() {
    return List.copyOf(sentIds);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))).toList();
  }

  /** Waits until a call of the method satisfies the condition, and returns all such calls then. */
  List<Call> await(String method, Predicate<List<Call>> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.test(calls(method))) {
        return calls(method);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("timed out waiting for " + method + "; calls so far: " + calls);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private int enqueue(ObjectNode message) {
    ObjectNode update = JSON.createObjectNode();
    update.set("message", message);
    rawUpdate(update);
    return message.get("message_id").asInt();
  }

  private ObjectNode message(long chatId, long userId, String type, String text) {
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", messageIds.incrementAndGet());
    message.put("date", Instant.now().getEpochSecond());
    message.put("text", text);
    ObjectNode from = message.putObject("from");
    from.put("id", userId).put("is_bot", false).put("first_name", "Ann");
    ObjectNode chat = message.putObject("chat");
    chat.put("id", chatId).put("type", type);
    if (!type.equals("private")) {
      chat.put("title", "Newsroom");
    }
    return message;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String[] path = exchange.getRequestURI().getPath().split("/");
      if (path.length < 3 || !path[1].equals("bot" + TOKEN)) {
        respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      String method = path[path.length - 1].toLowerCase(Locale.ROOT);
      JsonNode params = params(exchange);
      calls.add(new Call(method, params, Instant.now()));
      String failure = failures.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
      if (failure != null) {
        int space = failure.indexOf(' ');
        respond(exchange, Integer.parseInt(failure.substring(0, space)), failure.substring(space + 1));
        return;
      }
      respond(exchange, 200, "{\"ok\":true,\"result\":" + result(method, params) + "}");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String result(String method, JsonNode params) throws InterruptedException, IOException {
    return switch (method) {
      case "getme" -> "{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Newsdesk\",\"username\":\"" + BOT_USERNAME + "\"}";
      case "getupdates" -> JSON.writeValueAsString(pendingUpdates(params));
      case "sendmessage", "editmessagetext" -> sentMessage(method, params);
      default -> "true";
    };
  }

  private List<JsonNode> pendingUpdates(JsonNode params) throws InterruptedException {
    int offset = params.path("offset").asInt(0);
    updates.removeIf(u -> u.get("update_id").asInt() < offset);
    long waitMillis = Math.min(1000, params.path("timeout").asLong(0) * 1000);
    JsonNode first = updates.poll(waitMillis, TimeUnit.MILLISECONDS);
    List<JsonNode> batch = new ArrayList<>();
    if (first != null) {
      batch.add(first);
      updates.drainTo(batch);
    }
    return batch;
  }

  private String sentMessage(String method, JsonNode params) throws IOException {
    ObjectNode message = JSON.createObjectNode();
    int id = method.equals("sendmessage") ? messageIds.incrementAndGet() : params.path("message_id").asInt();
    if (method.equals("sendmessage")) {
      sentIds.add(id);
    }
    message.put("message_id", id);
    message.put("date", Instant.now().getEpochSecond());
    message.put("text", params.path("text").asText());
    message.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
    message.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Newsdesk");
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
      form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
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
