package dev.newsdesk.bot.story;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as {@link StoryGrouping} compares it: its id, headline, outlet, publication instant,
 * link, and the text it is compared by (the whole article, or the passages of it that were
 * retrieved). Build it from whatever the caller holds: an {@link Article} just committed by ingest
 * ({@link #of(Article)}) or the retrieved passages of one article ({@link #of(List)}).
 */
public record StoryArticle(
    String articleId, String title, String outlet, Optional<Instant> published, Optional<String> url, String text) {

  public StoryArticle {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
  }

  /** An article as ingest holds it, compared by its whole text. */
  public static StoryArticle of(Article article) {
    return new StoryArticle(article.id(), article.title(), article.outlet(), article.published(), article.url(),
        article.text());
  }

  /**
   * The article of retrieved passages (at least one, all of one article), compared by their texts
   * in article order; throws {@link IllegalArgumentException} for no passage or several articles.
   */
  public static StoryArticle of(List<RetrievedPassage> passages) {
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("a story article needs at least one passage");
    }
    RetrievedPassage first = passages.get(0);
    if (passages.stream().anyMatch(p -> !p.articleId().equals(first.articleId()))) {
      throw new IllegalArgumentException("the passages belong to several articles");
    }
    String text = String.join("\n\n", passages.stream()
        .sorted(Comparator.comparingInt(RetrievedPassage::ordinal)).map(RetrievedPassage::text).toList());
    return new StoryArticle(first.articleId(), first.title(), first.outlet(), first.published(), first.url(), text);
  }
}
