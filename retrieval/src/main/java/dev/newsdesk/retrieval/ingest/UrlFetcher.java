package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Fetches a web page or feed over HTTP(S) within a time and size limit. */
public final class UrlFetcher {

  private final HttpClient client;
  private final Duration timeout;

  public UrlFetcher(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  Loaded fetch(URI uri, long maxBytes) {
    String location = uri.toString();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", "Newsdesk/0.1 (+news question answering)")
            .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/json, text/plain;q=0.8, */*;q=0.5")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          return new Loaded.Failure(Problem.failed(location, "HTTP " + response.statusCode()));
        }
        byte[] bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
          return new Loaded.Failure(Problem.failed(location, InputLoader.tooLarge(bytes.length, maxBytes)));
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        String finalUrl = response.uri().toString();
        return TextDecoder.decode(location, bytes, charsetOf(contentType), Optional.of(finalUrl), contentType);
      }
    } catch (HttpTimeoutException e) {
      return new Loaded.Failure(Problem.failed(location, "timed out after " + timeout.toSeconds() + " s"));
    } catch (IOException e) {
      return new Loaded.Failure(Problem.failed(location, "cannot fetch: " + describe(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Loaded.Failure(Problem.failed(location, "interrupted"));
    }
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }

  private static Charset charsetOf(Optional<String> contentType) {
    return contentType
        .flatMap(
            type -> {
              for (String part : type.split(";")) {
                String p = part.strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("charset=")) {
                  try {
                    return Optional.of(Charset.forName(p.substring(8).replace("\"", "")));
                  } catch (RuntimeException e) {
                    return Optional.empty();
                  }
                }
              }
              return Optional.empty();
            })
        .orElse(StandardCharsets.UTF_8);
  }
}
