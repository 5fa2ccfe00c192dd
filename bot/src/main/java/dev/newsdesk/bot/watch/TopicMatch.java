package dev.newsdesk.bot.watch;

import dev.newsdesk.retrieval.chunk.Sentence;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How well a text covers a topic: the share of the topic's distinct index terms (analysed as the
 * index analyses text, so stems match) that occur in it; and the sentence that covers most.
 */
final class TopicMatch {

  private final Function<String, List<String>> analyzer;
  private final SentenceSplitter sentences = new SentenceSplitter();

  TopicMatch(Function<String, List<String>> analyzer) {
    this.analyzer = analyzer;
  }

  /** The share (0 to 1) of the topic's terms found in the text; 0 when the topic has no terms. */
  double coverage(String topic, String text) {
    Set<String> wanted = new HashSet<>(analyzer.apply(topic));
    if (wanted.isEmpty()) {
      return 0;
    }
    Set<String> found = new HashSet<>(analyzer.apply(text));
    return wanted.stream().filter(found::contains).count() / (double) wanted.size();
  }

  /** The first sentence of the text that covers the topic best (at least one term), verbatim. */
  Optional<String> bestSentence(String topic, String text) {
    Optional<String> best = Optional.empty();
    double bestCoverage = 0;
    for (Sentence sentence : sentences.split(text)) {
      double c = coverage(topic, sentence.text());
      if (c > bestCoverage) {
        bestCoverage = c;
        best = Optional.of(sentence.text().strip());
      }
    }
    return best;
  }
}
