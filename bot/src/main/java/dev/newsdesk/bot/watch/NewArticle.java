package dev.newsdesk.bot.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import dev.newsdesk.bot.story.StoryArticle;

/**
 * An article an ingest added, waiting to be matched against the followed topics.
 *
 * @param lead the first {@value #LEAD_CHARS} characters of its text (story grouping compares them)
 * @param text its whole text, as the index splits it into passages; empty for an article staged by a
 *     Newsdesk before schema version 3, which the matcher cannot pre-filter (it searches every topic for it)
 */
public record NewArticle(String articleId, String title, String outlet, Optional<String> url, Optional<Instant> published,
    Instant ingested, String lead, Optional<String> text) {

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
    Objects.requireNonNull(text, "text");
  }

  /** The article as story grouping compares it. */
  StoryArticle forGrouping() {
    return new StoryArticle(articleId, title, outlet, published, url, lead);
  }
}
