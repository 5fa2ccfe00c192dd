package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader noticed about one article beyond its fields: which part of the input gave the date,
 * whether the text is only part of the article, and warnings for the ingest summary.
 *
 * <p>{@code publishedFrom} names the source, such as {@code json-ld datePublished} or {@code rss
 * pubDate}. {@code partial} is true when the input held only part of the story (a subscription
 * wall, a truncated API excerpt). Each warning is a sentence that quotes the raw value it is about.
 */
public record ArticleNotes(Optional<String> publishedFrom, boolean partial, List<String> warnings) {

  /** Nothing noticed. */
  public static final ArticleNotes NONE = new ArticleNotes(Optional.empty(), false, List.of());

  public ArticleNotes {
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    warnings = List.copyOf(warnings);
  }

  /** Notes that only say where the date came from and what went wrong reading it. */
  public static ArticleNotes dated(PublicationDate date) {
    return new ArticleNotes(date.from(), false, date.warning().stream().toList());
  }

  /** These notes and the other's: the first date source, partial if either is, all warnings. */
  public ArticleNotes plus(ArticleNotes other) {
    List<String> all = new ArrayList<>(warnings);
    other.warnings.stream().filter(w -> !all.contains(w)).forEach(all::add);
    return new ArticleNotes(publishedFrom.or(other::publishedFrom), partial || other.partial, all);
  }

  /** These notes with one more warning. */
  public ArticleNotes warn(String warning) {
    return plus(new ArticleNotes(Optional.empty(), false, List.of(warning)));
  }

  /** These notes, marked partial, with a warning saying why. */
  public ArticleNotes partial(String why) {
    return plus(new ArticleNotes(Optional.empty(), true, List.of(why)));
  }
}
