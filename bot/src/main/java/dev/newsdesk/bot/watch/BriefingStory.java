package dev.newsdesk.bot.watch;

import java.util.List;
import java.util.Objects;

/**
 * One story of a briefing: its headline, one or two sentences quoted verbatim (each ending in its
 * citation number), the articles cited (numbered {@code firstNumber}, {@code firstNumber + 1} …) and
 * the number of distinct outlets that covered the story.
 */
public record BriefingStory(String headline, List<String> sentences, List<AlertItem> sources, int firstNumber,
    int outlets) {

  public BriefingStory {
    Objects.requireNonNull(headline, "headline");
    sentences = List.copyOf(sentences);
    sources = List.copyOf(sources);
    if (sentences.isEmpty() || sources.isEmpty() || firstNumber < 1 || outlets < 1) {
      throw new IllegalArgumentException("a story needs a sentence, a source, a number from 1 and an outlet");
    }
  }
}
