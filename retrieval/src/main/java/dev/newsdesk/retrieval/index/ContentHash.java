package dev.newsdesk.retrieval.index;

import dev.newsdesk.retrieval.article.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A digest of everything an article shows, to tell an unchanged re-ingest from an update. */
public final class ContentHash {

  private ContentHash() {}

  public static String of(Article article) {
    String all =
        String.join(
            "\u0000",
            article.title(),
            article.outlet(),
            String.join("\u0001", article.authors()),
            article.published().map(Object::toString).orElse(""),
            article.url().orElse(""),
            article.text());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
