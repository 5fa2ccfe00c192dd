package dev.newsdesk.retrieval.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as Newsdesk keeps it: a stable id, where it came from, and its cleaned text.
 *
 * <p>{@code outlet} is empty when no source names it; {@code url} and {@code published} are absent
 * when the input did not carry them. {@code text} holds paragraphs separated by blank lines.
 */
public record Article(
    String id,
    Optional<String> url,
    String title,
    String outlet,
    List<String> authors,
    Optional<Instant> published,
    String text) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    authors = List.copyOf(authors);
  }

  /** Builds an article whose id is derived from its URL, or else from outlet, title and date. */
  public static Article of(
      Optional<String> url,
      String title,
      String outlet,
      List<String> authors,
      Optional<Instant> published,
      String text) {
    String id =
        url.map(ArticleId::fromUrl).orElseGet(() -> ArticleId.fromContent(outlet, title, published));
    return new Article(id, url, title, outlet, authors, published, text);
  }

  /** The publication day in UTC, as news citations show it. */
  public Optional<LocalDate> publishedDate() {
    return published.map(p -> LocalDate.ofInstant(p, ZoneOffset.UTC));
  }
}
