package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Problem;
import java.io.IOException;
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
import java.util.concurrent.TimeoutException;

/**
 * Fetches a web page or feed over HTTP(S) within a time and size limit: {@code timeout} bounds the
 * whole download (connecting, headers, body, every redirect), not only the wait for the headers.
 * Redirects (at most {@value #MAX_REDIRECTS}) are followed here, each checked against the address
 * policy before it is requested.
 */
public final class UrlFetcher {

  static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final Duration timeout;
  private final AddressPolicy policy;

  /** A fetcher for the operator's own URLs: every address allowed. */
  public UrlFetcher(Duration timeout) {
    this(timeout, AddressPolicy.ANY);
  }

  /** A fetcher that refuses, before any request, the hosts {@code policy} refuses, redirects included. */
  public UrlFetcher(Duration timeout, AddressPolicy policy) {
    this.timeout = timeout;
    this.policy = policy;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  Loaded fetch(URI uri, long maxBytes) {
    String location = uri.toString();
    long deadline = System.nanoTime() + timeout.toNanos();
    URI current = uri;
    try {
      for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
        Optional<String> refused = policy.refusal(current);
        if (refused.isPresent()) {
          return new Loaded.Failure(Problem.failed(location, hop == 0 ? refused.get()
              : "redirected to " + current + ": " + refused.get()));
        }
        HttpResponse<byte[]> response = BoundedDownload.get(client, request(current),
            maxBytes, Duration.ofNanos(deadline - System.nanoTime()));
        Optional<String> next = response.headers().firstValue("Location");
        if (response.statusCode() / 100 == 3 && next.isPresent()) {
          current = current.resolve(next.get().strip());
          continue;
        }
        if (response.statusCode() / 100 != 2) {
          return new Loaded.Failure(Problem.failed(location, "HTTP " + response.statusCode()));
        }
        byte[] bytes = response.body();
        if (bytes.length > maxBytes) {
          return new Loaded.Failure(Problem.failed(location, InputLoader.tooLarge(bytes.length, maxBytes)));
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        return TextDecoder.decode(location, bytes, charsetOf(contentType), Optional.of(current.toString()), contentType);
      }
      return new Loaded.Failure(Problem.failed(location, "more than " + MAX_REDIRECTS + " redirects"));
    } catch (TimeoutException | HttpTimeoutException e) {
      return new Loaded.Failure(Problem.failed(location, "timed out after " + timeout.toSeconds() + " s"));
    } catch (IllegalArgumentException e) {
      return new Loaded.Failure(Problem.failed(location, "not a valid address: " + e.getMessage()));
    } catch (IOException e) {
      return new Loaded.Failure(Problem.failed(location, "cannot fetch: " + describe(e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Loaded.Failure(Problem.failed(location, "interrupted"));
    }
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", "Newsdesk/0.1 (+news question answering)")
        .header("Accept", "application/rss+xml, application/atom+xml, text/html, application/json, text/plain;q=0.8, */*;q=0.5")
        .GET()
        .build();
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
