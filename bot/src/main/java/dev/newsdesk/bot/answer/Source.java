package dev.newsdesk.bot.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cited article of an answer: {@code n} is the number its {@code [n]} markers use,
 * {@code excerpt} is the passages the answer drew on, and {@code authors} the byline (empty when
 * the article names none).
 */
public record Source(
    int n,
    String articleId,
    String title,
    String outlet,
    Optional<LocalDate> published,
    Optional<String> url,
    String excerpt,
    List<String> authors) {

  public Source {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(excerpt, "excerpt");
    authors = List.copyOf(authors);
    if (n < 1) {
      throw new IllegalArgumentException("source numbers start at 1, was " + n);
    }
  }

  /** A source without a byline. */
  public Source(int n, String articleId, String title, String outlet, Optional<LocalDate> published,
      Optional<String> url, String excerpt) {
    this(n, articleId, title, outlet, published, url, excerpt, List.of());
  }

  /** Source {@code n}: the article of a retrieved passage, with that passage as the excerpt. */
  public static Source of(int n, dev.newsdesk.retrieval.search.RetrievedPassage passage) {
    return new Source(n, passage.articleId(), passage.title(), passage.outlet(), passage.publishedDate(),
        passage.url(), passage.text(), passage.authors());
  }

  /** "By Elin Marsh and Ola Berg"; empty when the article names no author. */
  public Optional<String> byline() {
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    if (authors.size() == 1) {
      return Optional.of("By " + authors.get(0));
    }
    return Optional.of("By " + String.join(", ", authors.subList(0, authors.size() - 1)) + " and "
        + authors.get(authors.size() - 1));
  }
}
