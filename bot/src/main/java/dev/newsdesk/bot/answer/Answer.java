package dev.newsdesk.bot.answer;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says: text whose claims carry {@code [n]} markers, and exactly the sources cited.
 *
 * <p>An abstention says plainly that the indexed news does not answer the question and cites
 * nothing.
 */
public record Answer(String text, boolean abstained, List<Source> sources) {

  public Answer {
    Objects.requireNonNull(text, "text");
    sources = List.copyOf(sources);
    if (abstained && !sources.isEmpty()) {
      throw new IllegalArgumentException("an abstention cites nothing");
    }
  }

  /** An answer that declines, with the reason shown to the user. */
  public static Answer abstain(String text) {
    return new Answer(text, true, List.of());
  }
}
