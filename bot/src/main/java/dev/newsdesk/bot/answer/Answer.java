package dev.newsdesk.bot.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot says: text whose claims carry {@code [n]} markers, exactly the sources cited
 * (numbered 1.. in order of first citation), how the answer was made, and the dates the search
 * was limited to when the question named some.
 *
 * <p>An abstention says plainly that the indexed news does not answer the question and cites
 * nothing.
 */
public record Answer(
    String text,
    boolean abstained,
    List<Source> sources,
    Provenance provenance,
    Optional<DatesSearched> dates) {

  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(dates, "dates");
    sources = List.copyOf(sources);
    if (abstained && !sources.isEmpty()) {
      throw new IllegalArgumentException("an abstention cites nothing");
    }
  }

  /** An extractive answer with no date limits: for renderers' tests and examples. */
  public Answer(String text, boolean abstained, List<Source> sources) {
    this(text, abstained, sources, Provenance.EXTRACTIVE, Optional.empty());
  }

  /** The sentence a channel shows under the answer, from its {@link Provenance}; empty when none. */
  public Optional<String> notice() {
    return provenance.notice();
  }

  /** An answer that declines, with the reason shown to the user. */
  public static Answer abstain(String text) {
    return new Answer(text, true, List.of());
  }

  public Answer withProvenance(Provenance newProvenance) {
    return new Answer(text, abstained, sources, newProvenance, dates);
  }
}
