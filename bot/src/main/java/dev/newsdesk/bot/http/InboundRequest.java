package dev.newsdesk.bot.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as a route sees it: method, path, query, headers (names in lower case) and the
 * whole body, already read within the server's size limit.
 */
public record InboundRequest(
    String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
    byte[] body, String remoteAddress) {

  public InboundRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
    query = copy(query, false);
    headers = copy(headers, true);
    body = body.clone();
  }

  /** The first value of a header, matched without regard to case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).flatMap(v -> v.stream().findFirst());
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** True when the body is a form ({@code application/x-www-form-urlencoded}). */
  public boolean isForm() {
    return header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
  }

  /** Parses a query string or form body; later duplicates are kept after earlier ones. */
  public static Map<String, List<String>> parseForm(String encoded) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> map, boolean lowerCaseKeys) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.merge(lowerCaseKeys ? k.toLowerCase(Locale.ROOT) : k, List.copyOf(v), (a, b) -> {
      List<String> both = new ArrayList<>(a);
      both.addAll(b);
      return List.copyOf(both);
    }));
    return Map.copyOf(copy);
  }
}
