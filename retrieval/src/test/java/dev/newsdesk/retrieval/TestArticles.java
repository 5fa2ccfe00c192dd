package dev.newsdesk.retrieval;

import dev.newsdesk.retrieval.article.Article;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Invented articles for tests. */
public final class TestArticles {

  private TestArticles() {}

  public static Article article(String slug, String title, String outlet, String date, String text) {
    return Article.of(
        Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug),
        title,
        outlet,
        List.of("Ada Reporter"),
        Optional.of(Instant.parse(date + "T09:00:00Z")),
        text);
  }
}
