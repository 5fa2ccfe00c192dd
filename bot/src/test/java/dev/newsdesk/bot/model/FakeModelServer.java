package dev.newsdesk.bot.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server speaking the providers' real wire formats: OpenAI Chat Completions (JSON and
 * SSE streaming) at {@code /v1/chat/completions} and Anthropic Messages at {@code /v1/messages}.
 * Replies are scripted in order; every request body is recorded.
 */
final class FakeModelServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scripted reply: an answer text, an HTTP error, a delay, or a stream of tokens. */
  record Reply(int status, String text, List<String> tokens, long delayMillis) {
    static Reply text(String text) {
      return new Reply(200, text, List.of(), 0);
    }

    static Reply status(int status) {
      return new Reply(status, "", List.of(), 0);
    }

    static Reply slow(String text, long millis) {
      return new Reply(200, text, List.of(), millis);
    }

    static Reply stream(String... tokens) {
      return new Reply(200, String.join("", tokens), List.of(tokens), 0);
    }
  }

  private final HttpServer server;
  private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  FakeModelServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/chat/completions", this::openAi);
    server.createContext("/v1/messages", this::anthropic);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  FakeModelServer reply(Reply... scripted) {
    replies.addAll(List.of(scripted));
    return this;
  }

  List<JsonNode> requests() {
    return requests;
  }

  List<String> authorizations() {
    return authorizations;
  }

  private Reply next(HttpExchange exchange) throws IOException {
    JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
    requests.add(body);
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    authorizations.add(auth == null ? String.valueOf(exchange.getRequestHeaders().getFirst("x-api-key")) : auth);
    Reply reply = replies.poll();
    if (reply == null) {
      reply = Reply.status(500);
    }
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return reply;
  }

  private void openAi(HttpExchange exchange) throws IOException {
    Reply reply = next(exchange);
    if (reply.status() != 200) {
      send(exchange, reply.status(), "application/json",
          "{\"error\": {\"message\": \"scripted failure\", \"type\": \"server_error\", \"code\": null}}");
    } else if (requests.get(requests.size() - 1).path("stream").asBoolean()) {
      streamOpenAi(exchange, reply);
    } else {
      ObjectNode body = JSON.createObjectNode();
      body.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "fake");
      ObjectNode choice = body.putArray("choices").addObject();
      choice.put("index", 0).put("finish_reason", "stop");
      choice.putObject("message").put("role", "assistant").put("content", reply.text());
      body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
      send(exchange, 200, "application/json", JSON.writeValueAsString(body));
    }
  }

  private void streamOpenAi(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      List<String> tokens = reply.tokens().isEmpty() ? List.of(reply.text()) : reply.tokens();
      for (String token : tokens) {
        event(out, chunk(JSON.createObjectNode().put("content", token), null));
      }
      event(out, chunk(JSON.createObjectNode(), "stop"));
      out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String chunk(ObjectNode delta, String finish) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake");
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0).set("delta", delta);
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    return JSON.writeValueAsString(body);
  }

  private static void event(OutputStream out, String data) throws IOException {
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private void anthropic(HttpExchange exchange) throws IOException {
    Reply reply = next(exchange);
    if (reply.status() != 200) {
      send(exchange, reply.status(), "application/json",
          "{\"type\": \"error\", \"error\": {\"type\": \"api_error\", \"message\": \"scripted failure\"}}");
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "fake");
    body.putArray("content").addObject().put("type", "text").put("text", reply.text());
    body.put("stop_reason", "end_turn").putNull("stop_sequence");
    body.putObject("usage").put("input_tokens", 10).put("output_tokens", 5);
    send(exchange, 200, "application/json", JSON.writeValueAsString(body));
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
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
