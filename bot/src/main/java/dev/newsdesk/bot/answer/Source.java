package dev.newsdesk.bot.answer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One cited article of an answer: {@code n} is the number its {@code [n]} markers use, and
 * {@code excerpt} is the passage the answer drew on.
 */
public record Source(
    int n,
    String articleId,
    String title,
    String outlet,
    Optional<LocalDate> published,
    Optional<String> url,
    String excerpt) {

  public Source {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(excerpt, "excerpt");
    if (n < 1) {
      throw new IllegalArgumentException("source numbers start at 1, was " + n);
    }
  }

  /** Source {@code n}: the article of a retrieved passage, with that passage as the excerpt. */
  public static Source of(int n, dev.newsdesk.retrieval.search.RetrievedPassage passage) {
    return new Source(n, passage.articleId(), passage.title(), passage.outlet(), passage.publishedDate(),
        passage.url(), passage.text());
  }
}
