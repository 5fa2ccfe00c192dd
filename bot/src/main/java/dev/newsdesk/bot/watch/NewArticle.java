package dev.newsdesk.bot.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An article an ingest added, waiting to be matched against the followed topics. */
public record NewArticle(String articleId, String title, String outlet, Optional<String> url, Optional<Instant> published,
    Instant ingested) {

  public NewArticle {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(ingested, "ingested");
  }
}
