package dev.newsdesk.bot.http;

import java.util.Locale;
import java.util.Objects;

/** One entry of the server's route table: an HTTP method and an exact path, and who answers. */
public record Route(String method, String path, RouteHandler handler) {

  public Route {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a route's path starts with '/', was " + path);
    }
  }

  public static Route post(String path, RouteHandler handler) {
    return new Route("POST", path, handler);
  }

  public static Route get(String path, RouteHandler handler) {
    return new Route("GET", path, handler);
  }
}
