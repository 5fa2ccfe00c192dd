package dev.newsdesk.bot.story;

import dev.newsdesk.bot.answer.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One development of a story timeline: the day it was first reported (UTC; empty when no copy is
 * dated), one sentence quoted from it ending with its citation {@code [n]}, the cited article as
 * source {@code n}, and the other outlets that ran the same story.
 */
public record Development(Optional<LocalDate> date, String sentence, Source source, List<String> alsoIn) {

  public Development {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(source, "source");
    alsoIn = List.copyOf(alsoIn);
    if (!sentence.contains("[" + source.n() + "]")) {
      throw new IllegalArgumentException("the sentence must cite its source [" + source.n() + "]: " + sentence);
    }
  }

  /** How many outlets covered this development: the cited one and the others. */
  public int outlets() {
    return 1 + alsoIn.size();
  }
}
