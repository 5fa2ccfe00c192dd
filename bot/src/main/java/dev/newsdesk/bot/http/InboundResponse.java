package dev.newsdesk.bot.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a route answers: status, content type, body text, any extra headers, and what to do once the
 * response has been written to the client ({@code afterSent}, run on an I/O thread, so it must be
 * quick: a signal, never work), for a route whose reply must reach the client before it goes on.
 */
public record InboundResponse(int status, String contentType, String body, Map<String, List<String>> headers,
    Runnable afterSent) {

  public static final String JSON = "application/json; charset=utf-8";
  public static final String TEXT = "text/plain; charset=utf-8";

  public InboundResponse {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(afterSent, "afterSent");
    headers = Map.copyOf(headers);
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
  }

  public InboundResponse(int status, String contentType, String body, Map<String, List<String>> headers) {
    this(status, contentType, body, headers, () -> { });
  }

  public static InboundResponse json(int status, String body) {
    return new InboundResponse(status, JSON, body, Map.of());
  }

  public static InboundResponse text(int status, String body) {
    return new InboundResponse(status, TEXT, body, Map.of());
  }

  public InboundResponse withHeader(String name, String value) {
    Map<String, List<String>> more = new java.util.HashMap<>(headers);
    more.put(name, List.of(value));
    return new InboundResponse(status, contentType, body, more, afterSent);
  }

  /** The same response, running {@code signal} once it has been written (or writing it failed). */
  public InboundResponse whenSent(Runnable signal) {
    return new InboundResponse(status, contentType, body, headers, signal);
  }
}
