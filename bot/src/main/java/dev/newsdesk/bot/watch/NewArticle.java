package dev.newsdesk.bot.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import dev.newsdesk.bot.story.StoryArticle;

/** An article an ingest added, waiting to be matched against the followed topics; {@code lead} is the start of its text. */
public record NewArticle(String articleId, String title, String outlet, Optional<String> url, Optional<Instant> published,
    Instant ingested, String lead) {

  /** How much of an article's text is kept to recognise copies of its story: more than the 150 words compared. */
  static final int LEAD_CHARS = 2_000;

  public NewArticle {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(ingested, "ingested");
    Objects.requireNonNull(lead, "lead");
  }

  /** The article as story grouping compares it. */
  StoryArticle forGrouping() {
    return new StoryArticle(articleId, title, outlet, published, url, lead);
  }
}
