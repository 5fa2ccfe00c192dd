package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.NewsIndex;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much each word of a text tells, measured on the index: analysed terms with their inverse
 * document frequency, so "minerals" counts for more than "said".
 */
public final class TermWeights {

  private final NewsIndex index;

  public TermWeights(NewsIndex index) {
    this.index = index;
  }

  /** The analysed terms of a text, in order, with repeats. */
  public List<String> terms(String text) {
    return index.analyze(text);
  }

  /**
   * The distinct terms of a text with their BM25 inverse document frequency; a term the index has
   * never seen gets the highest weight, since nothing in the news speaks of it.
   */
  public Map<String, Double> weigh(String text) {
    List<String> terms = terms(text);
    return index.searching()
        .inView(view -> {
          long docs = Math.max(1, view.passageCount());
          Map<String, Long> frequencies = view.documentFrequencies(new LinkedHashSet<>(terms));
          Map<String, Double> weights = new LinkedHashMap<>();
          for (String term : terms) {
            long df = frequencies.getOrDefault(term, 0L);
            weights.putIfAbsent(term, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
          }
          return weights;
        })
        .orElseGet(() -> uniform(terms));
  }

  /**
   * The analysed terms that no passage of the index holds, in one pass over the index (all of them
   * when there is no index yet).
   */
  public Set<String> unseen(Collection<String> terms) {
    return index.searching().inView(view -> {
      Map<String, Long> frequencies = view.documentFrequencies(terms);
      Set<String> out = new LinkedHashSet<>();
      for (String term : terms) {
        if (frequencies.getOrDefault(term, 0L) == 0) {
          out.add(term);
        }
      }
      return out;
    }).orElseGet(() -> new LinkedHashSet<>(terms));
  }

  private static Map<String, Double> uniform(List<String> terms) {
    Map<String, Double> weights = new LinkedHashMap<>();
    terms.forEach(t -> weights.put(t, 1.0));
    return weights;
  }
}
