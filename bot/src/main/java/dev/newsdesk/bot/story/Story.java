package dev.newsdesk.bot.story;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story: the copies of it that were found (syndicated copies, re-publications, near-duplicate
 * reports), at least one; the representative copy, the one published first (the original); and how
 * many distinct outlets ran it (outlet names compared without case; an article without an outlet
 * counts as one outlet of its own).
 */
public record Story(StoryArticle representative, List<StoryArticle> copies, int outlets) {

  public Story {
    Objects.requireNonNull(representative, "representative");
    copies = List.copyOf(copies);
    if (!copies.contains(representative)) {
      throw new IllegalArgumentException("the representative must be one of the copies");
    }
    if (outlets < 1 || outlets > copies.size()) {
      throw new IllegalArgumentException("outlets must be in 1.." + copies.size() + ", was " + outlets);
    }
  }

  /** When the story was first published: the earliest dated copy; empty when no copy is dated. */
  public Optional<Instant> firstPublished() {
    return copies.stream().flatMap(c -> c.published().stream()).min(Instant::compareTo);
  }

  /** Whether the article is one of the story's copies (by id). */
  public boolean contains(String articleId) {
    return copies.stream().anyMatch(c -> c.articleId().equals(articleId));
  }
}
