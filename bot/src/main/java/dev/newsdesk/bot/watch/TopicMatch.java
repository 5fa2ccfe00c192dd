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
 *
 * <p>Coverage only grows with the text: the analyser ({@code EnglishAnalyzer}: a tokenizer that
 * never joins words across whitespace, then lower-casing, stop words and stemming, each token by
 * itself) gives a text that contains another, cut at whitespace, every term of the part. So a
 * headline plus one passage never covers more than the headline plus the whole text the passage
 * was cut from (passages start and end at sentence or word boundaries, {@code PassageSplitter}).
 */
final class TopicMatch {

  private final Function<String, List<String>> analyzer;
  private final SentenceSplitter sentences = new SentenceSplitter();

  TopicMatch(Function<String, List<String>> analyzer) {
    this.analyzer = analyzer;
  }

  /** The distinct index terms of a text (a topic's, or an article's). */
  Set<String> terms(String text) {
    return new HashSet<>(analyzer.apply(text));
  }

  /** The share (0 to 1) of the topic's terms found in the text; 0 when the topic has no terms. */
  double coverage(String topic, String text) {
    return coverage(terms(topic), terms(text));
  }

  /** The share (0 to 1) of the wanted terms among the found ones; 0 when none is wanted. */
  static double coverage(Set<String> wanted, Set<String> found) {
    if (wanted.isEmpty()) {
      return 0;
    }
    return wanted.stream().filter(found::contains).count() / (double) wanted.size();
  }

  /** The first sentence of the text that covers the topic best (at least one term), verbatim. */
  Optional<String> bestSentence(String topic, String text) {
    return bestSentence(terms(topic), text);
  }

  /** The first sentence of the text that covers the topic's terms best (at least one term), verbatim. */
  Optional<String> bestSentence(Set<String> wanted, String text) {
    Optional<String> best = Optional.empty();
    double bestCoverage = 0;
    for (Sentence sentence : sentences.split(text)) {
      double c = coverage(wanted, terms(sentence.text()));
      if (c > bestCoverage) {
        bestCoverage = c;
        best = Optional.of(sentence.text().strip());
      }
    }
    return best;
  }
}
