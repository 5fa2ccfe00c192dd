package dev.newsdesk.retrieval.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's publication date chosen from the places an input states one, with the place named.
 *
 * <p>Candidates are tried in the order given; the first that {@link DateParser} reads wins. When
 * none reads but some were stated, there is no date and {@code warning} quotes what was stated:
 * a date is never invented.
 */
public record PublicationDate(
    Optional<Instant> instant, Optional<String> from, Optional<String> warning) {

  /** No date stated anywhere. */
  public static final PublicationDate NONE =
      new PublicationDate(Optional.empty(), Optional.empty(), Optional.empty());

  public PublicationDate {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(warning, "warning");
  }

  /** One place that states a date: its name (such as {@code rss pubDate}) and the raw text. */
  public record Candidate(String from, String raw) {
    public Candidate {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(raw, "raw");
    }
  }

  /** The date of the first candidate that reads, or a warning naming the ones that did not. */
  public static PublicationDate firstOf(List<Candidate> candidates) {
    List<String> problems = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.raw().isBlank()) {
        continue;
      }
      DateReading reading = DateParser.read(c.raw());
      if (reading.instant().isPresent()) {
        return new PublicationDate(reading.instant(), Optional.of(c.from()), Optional.empty());
      }
      reading.problem().map(p -> p + " in " + c.from()).ifPresent(problems::add);
    }
    return problems.isEmpty()
        ? NONE
        : new PublicationDate(Optional.empty(), Optional.empty(),
            Optional.of(String.join("; ", problems) + "; stored without a date"));
  }

  /** A date already read as an instant (an epoch number, a library's parsed date). */
  public static PublicationDate of(Instant instant, String from) {
    return new PublicationDate(Optional.of(instant), Optional.of(from), Optional.empty());
  }
}
