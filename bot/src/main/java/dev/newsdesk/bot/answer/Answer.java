package dev.newsdesk.bot.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot says: text whose claims carry {@code [n]} markers, and exactly the sources cited.
 *
 * <p>An abstention says plainly that the indexed news does not answer the question and cites
 * nothing. A {@code notice} tells the user something about how the answer was made that they
 * should know: the model was unreachable and this is the offline answer, or it cited nothing.
 */
public record Answer(String text, boolean abstained, List<Source> sources, Optional<String> notice) {

  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notice, "notice");
    sources = List.copyOf(sources);
    if (abstained && !sources.isEmpty()) {
      throw new IllegalArgumentException("an abstention cites nothing");
    }
  }

  public Answer(String text, boolean abstained, List<Source> sources) {
    this(text, abstained, sources, Optional.empty());
  }

  public Answer withNotice(String newNotice) {
    return new Answer(text, abstained, sources, Optional.of(newNotice));
  }

  /** An answer that declines, with the reason shown to the user. */
  public static Answer abstain(String text) {
    return new Answer(text, true, List.of());
  }
}
