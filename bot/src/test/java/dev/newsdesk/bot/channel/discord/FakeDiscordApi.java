package dev.newsdesk.bot.channel.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server speaking Discord's REST wire format for what Newsdesk calls: the interaction
 * webhook ({@code PATCH /webhooks/{app}/{token}/messages/@original}, {@code POST
 * /webhooks/{app}/{token}?wait=true}) and the bulk overwrite of commands ({@code PUT
 * /applications/{app}[/guilds/{guild}]/commands}, {@code Authorization: Bot <token>}) and posting
 * to a channel ({@code POST /channels/{id}/messages}, with the bot token). Like Discord,
 * it knows an interaction's original message only once the interaction has been acknowledged
 * ({@link #acknowledge}); before that an edit gets 404 "Unknown Message". Every request is recorded.
 */
public final class FakeDiscordApi implements AutoCloseable {

  /** One request as it arrived. */
  public record Call(String method, String path, Optional<String> authorization, JsonNode body) {}

  /** A channel that was deleted: posting to it gets 404 "Unknown Channel". */
  public static final String GONE_CHANNEL = "1390000000000000404";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WEBHOOK = Pattern.compile("/api/v10/webhooks/([^/]+)/([^/]+)(/messages/@original)?");
  private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/api/v10/channels/([^/]+)/messages");
  private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/([^/]+)(?:/guilds/([^/]+))?/commands");

  private final HttpServer server;
  private final String botToken;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final List<Call> delivered = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(1_300_000_000_000_000_000L);

  public FakeDiscordApi(String botToken) throws IOException {
    this.botToken = botToken;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/api/v10/", this::handle);
    server.start();
  }

  /** The base URL to configure as {@code discord.api-url}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10";
  }

  /** Discord has taken the interaction's deferred response: its original message now exists. */
  public void acknowledge(String interactionToken) {
    acknowledged.add(interactionToken);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The calls made with this interaction token, in order. */
  public List<Call> callsFor(String interactionToken) {
    return calls.stream().filter(c -> c.path().contains("/" + interactionToken)).toList();
  }

  /** The messages delivered (accepted) for this interaction token, in order. */
  public List<Call> deliveries(String interactionToken) {
    return delivered.stream().filter(c -> c.path().contains("/" + interactionToken)).toList();
  }

  /** Waits until this many messages were delivered for the token; returns them, in order. */
  public List<Call> await(String interactionToken, int count, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      List<Call> made = deliveries(interactionToken);
      if (made.size() >= count) {
        return made;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("expected " + count + " deliveries for an interaction, got " + callsFor(interactionToken));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
      Optional<String> auth = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
      Call call = new Call(exchange.getRequestMethod(), path, auth, body);
      calls.add(call);
      Matcher webhook = WEBHOOK.matcher(path);
      Matcher commands = COMMANDS.matcher(path);
      Matcher channel = CHANNEL_MESSAGES.matcher(path);
      if (webhook.matches()) {
        webhook(exchange, webhook.group(2), webhook.group(3) != null, call);
      } else if (channel.matches() && exchange.getRequestMethod().equals("POST")) {
        channelMessage(exchange, channel.group(1), call);
      } else if (commands.matches() && exchange.getRequestMethod().equals("PUT")) {
        commands(exchange, commands.group(1), Optional.ofNullable(commands.group(2)), auth, body);
      } else {
        send(exchange, 404, "{\"message\": \"404: Not Found\", \"code\": 0}");
      }
    }
  }

  private void webhook(HttpExchange exchange, String token, boolean original, Call call) throws IOException {
    JsonNode body = call.body();
    String method = exchange.getRequestMethod();
    if (original ? !method.equals("PATCH") : !method.equals("POST")) {
      send(exchange, 405, "{\"message\": \"405: Method Not Allowed\", \"code\": 0}");
      return;
    }
    if (!acknowledged.contains(token)) {
      send(exchange, 404, original ? "{\"message\": \"Unknown Message\", \"code\": 10008}"
          : "{\"message\": \"Unknown Webhook\", \"code\": 10015}");
      return;
    }
    if (body.path("content").asText().length() > 2000) {
      send(exchange, 400, "{\"message\": \"Invalid Form Body\", \"code\": 50035, \"errors\": {\"content\": "
          + "{\"_errors\": [{\"code\": \"BASE_TYPE_MAX_LENGTH\", \"message\": \"Must be 2000 or fewer in length.\"}]}}}");
      return;
    }
    delivered.add(call);
    ObjectNode message = JSON.createObjectNode().put("id", String.valueOf(ids.incrementAndGet())).put("type", 19)
        .put("content", body.path("content").asText()).put("channel_id", "c1");
    send(exchange, 200, message.toString());
  }

  private void channelMessage(HttpExchange exchange, String channel, Call call) throws IOException {
    if (!call.authorization().equals(Optional.of("Bot " + botToken))) {
      send(exchange, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
      return;
    }
    if (channel.equals(GONE_CHANNEL)) {
      send(exchange, 404, "{\"message\": \"Unknown Channel\", \"code\": 10003}");
      return;
    }
    if (call.body().path("content").asText().length() > 2000) {
      send(exchange, 400, "{\"message\": \"Invalid Form Body\", \"code\": 50035}");
      return;
    }
    delivered.add(call);
    ObjectNode message = JSON.createObjectNode().put("id", String.valueOf(ids.incrementAndGet())).put("type", 0)
        .put("content", call.body().path("content").asText()).put("channel_id", channel);
    send(exchange, 200, message.toString());
  }

  /** The messages posted to this channel with the bot token, in order. */
  public List<Call> channelMessages(String channel) {
    return delivered.stream().filter(c -> c.path().equals("/api/v10/channels/" + channel + "/messages")).toList();
  }

  private void commands(HttpExchange exchange, String application, Optional<String> guild, Optional<String> auth,
      JsonNode body) throws IOException {
    if (!auth.equals(Optional.of("Bot " + botToken))) {
      send(exchange, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
      return;
    }
    ArrayNode registered = JSON.createArrayNode();
    for (JsonNode command : body) {
      ObjectNode copy = command.deepCopy();
      copy.put("id", String.valueOf(ids.incrementAndGet())).put("application_id", application).put("version", "1");
      guild.ifPresent(g -> copy.put("guild_id", g));
      registered.add(copy);
    }
    send(exchange, 200, registered.toString());
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
