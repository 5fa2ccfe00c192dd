package dev.newsdesk.retrieval.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Bounds how many distinct words a keyword query holds, so that no text, however long, builds more
 * clauses than Lucene allows ({@code IndexSearcher.getMaxClauseCount()}, 1,024, counted over the
 * whole query): beyond {@link #MAX_TERMS} distinct terms the text is cut to the rarest ones the
 * index holds (the most informative, by document frequency), in their original order.
 */
public final class QueryWords {

  /**
   * Distinct terms kept. A query uses each term up to twice (text, headline) plus one phrase, so
   * this stays far below the clause limit; a real question has a few dozen.
   */
  static final int MAX_TERMS = 128;

  /** Characters analysed at most; a question is limited to far fewer before it gets here. */
  static final int MAX_CHARS = 20_000;

  private QueryWords() {}

  /**
   * The text itself when it has at most {@link #MAX_TERMS} distinct terms in {@code field};
   * otherwise its words whose terms are the rarest in {@code reader}, joined by spaces, in order.
   */
  public static String mostInformative(String text, Analyzer analyzer, DocumentFrequencies frequencies) {
    String field = dev.newsdesk.retrieval.index.IndexFields.TEXT;
    String bounded = text.length() <= MAX_CHARS ? text : text.substring(0, cutPoint(text, MAX_CHARS));
    Map<String, List<String>> wordsByTerm = new LinkedHashMap<>();
    List<String> termsInOrder = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, bounded)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String t = term.toString();
        termsInOrder.add(t);
        wordsByTerm.computeIfAbsent(t, k -> new ArrayList<>())
            .add(bounded.substring(offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the query", e);
    }
    if (wordsByTerm.size() <= MAX_TERMS && bounded.length() == text.length()) {
      return text;
    }
    Set<String> kept = new HashSet<>(rarest(wordsByTerm.keySet(), frequencies));
    List<String> words = new ArrayList<>();
    Map<String, Integer> used = new LinkedHashMap<>();
    for (String t : termsInOrder) {
      if (kept.contains(t)) {
        int n = used.merge(t, 1, Integer::sum) - 1;
        List<String> surface = wordsByTerm.get(t);
        words.add(surface.get(Math.min(n, surface.size() - 1)));
      }
    }
    return String.join(" ", words);
  }

  private static List<String> rarest(Set<String> terms, DocumentFrequencies frequencies) {
    Map<String, Long> frequency;
    try {
      frequency = frequencies.of(terms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read term frequencies", e);
    }
    // a term no passage holds matches nothing, so it goes last; stable sort: among equally rare terms
    // the earlier ones win
    Comparator<String> informative = Comparator.comparingLong(t -> frequency.getOrDefault(t, 0L) == 0 ? Long.MAX_VALUE : frequency.get(t));
    return terms.stream().sorted(informative).limit(MAX_TERMS).toList();
  }

  /** {@code max} or one less, so that a surrogate pair is never split. */
  private static int cutPoint(String text, int max) {
    return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
  }

  /** How many passages hold each analysed term of the text field. */
  @FunctionalInterface
  public interface DocumentFrequencies {
    Map<String, Long> of(java.util.Collection<String> terms) throws IOException;
  }
}
