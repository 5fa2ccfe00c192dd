package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One article given to a composer as source {@code n}: its retrieved passages in article order
 * (at least one). The article's metadata is read from its passages, which all carry it.
 */
public record NumberedSource(int n, List<RetrievedPassage> passages) {

  public NumberedSource {
    if (n < 1) {
      throw new IllegalArgumentException("source numbers start at 1, was " + n);
    }
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("source " + n + " has no passage");
    }
    passages = passages.stream().sorted(Comparator.comparingInt(RetrievedPassage::ordinal)).toList();
    String article = passages.get(0).articleId();
    if (passages.stream().anyMatch(p -> !p.articleId().equals(article))) {
      throw new IllegalArgumentException("source " + n + " mixes passages of several articles");
    }
  }

  public String articleId() {
    return passages.get(0).articleId();
  }

  public String title() {
    return passages.get(0).title();
  }

  public String outlet() {
    return passages.get(0).outlet();
  }

  public Optional<String> url() {
    return passages.get(0).url();
  }

  public Optional<LocalDate> published() {
    return passages.get(0).publishedDate();
  }

  /**
   * The passages' texts in article order: overlapping or adjacent passages joined without repeating
   * the shared text (offsets in characters of the article), a gap between others marked {@code …}.
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    int end = -1;
    for (RetrievedPassage p : passages) {
      if (end < 0) {
        out.append(p.text());
      } else if (p.start() <= end) {
        int shared = end - p.start();
        if (shared < p.text().length()) {
          out.append(shared == 0 ? " " : "").append(p.text().substring(shared));
        }
      } else {
        out.append("\n…\n").append(p.text());
      }
      end = Math.max(end, p.end());
    }
    return out.toString();
  }

  /** The source as cited in an answer, numbered {@code citedAs}, with its passages as the excerpt. */
  public Source cited(int citedAs) {
    return new Source(citedAs, articleId(), title(), outlet(), published(), url(), text(), passages.get(0).authors());
  }
}
