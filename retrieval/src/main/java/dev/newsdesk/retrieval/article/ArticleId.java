package dev.newsdesk.retrieval.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable article ids: the first 12 hex digits of the SHA-256 of the normalised URL.
 *
 * <p>Normalisation ignores the scheme and a leading {@code www.}, lower-cases the host, and drops
 * the fragment, {@code utm_*} parameters, a trailing slash and a final {@code /index.html}, so the
 * same story reached by different links is one article. This is the same rule the RealTime QA
 * evaluation set uses, so its gold ids are Newsdesk ids.
 */
public final class ArticleId {

  private ArticleId() {}

  /** The id of the article at this URL. */
  public static String fromUrl(String url) {
    return hash(normaliseUrl(url));
  }

  /** The id of an article with no URL: a hash of what identifies it, not of its (changing) text. */
  public static String fromContent(String outlet, String title, Optional<Instant> published) {
    String key =
        outlet.strip().toLowerCase(Locale.ROOT)
            + "\n"
            + title.strip().toLowerCase(Locale.ROOT)
            + "\n"
            + published.map(Instant::toString).orElse("");
    return hash(key);
  }

  /**
   * The id of a feed item whose link stayed relative: the feed's identity (its URL, channel link,
   * or title and file) is part of it, so the same relative link in two feeds names two articles.
   */
  public static String fromRelativeLink(String feedIdentity, String relativeLink) {
    return hash(feedIdentity.strip() + "\n" + relativeLink.strip());
  }

  /** The URL with everything that does not change which page it names removed. */
  public static String normaliseUrl(String url) {
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getHost() == null) {
        return trimmed;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
      String path = Optional.ofNullable(uri.getRawPath()).orElse("");
      path = withoutTrailingSlashes(path); // ".../index.html/" is the same page as ".../index.html"
      if (path.endsWith("/index.html")) {
        path = path.substring(0, path.length() - "/index.html".length());
      }
      path = withoutTrailingSlashes(path);
      String query =
          uri.getRawQuery() == null
              ? ""
              : Stream.of(uri.getRawQuery().split("&"))
                  .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                  .collect(Collectors.joining("&"));
      return host + port + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  private static String withoutTrailingSlashes(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
