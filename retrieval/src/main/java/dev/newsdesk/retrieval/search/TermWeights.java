package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;

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
    return index
        .search(
            searcher -> {
              long docs = Math.max(1, searcher.getIndexReader().numDocs());
              Map<String, Double> weights = new LinkedHashMap<>();
              for (String term : terms) {
                if (!weights.containsKey(term)) {
                  int df = searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term));
                  weights.put(term, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
                }
              }
              return weights;
            })
        .orElseGet(() -> uniform(terms));
  }

  /**
   * The analysed terms that no passage of the index holds, in one pass over the index (all of them
   * when there is no index yet).
   */
  public java.util.Set<String> unseen(java.util.Collection<String> terms) {
    return index.search(searcher -> {
      java.util.Set<String> out = new java.util.LinkedHashSet<>();
      for (String term : terms) {
        if (searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term)) == 0) {
          out.add(term);
        }
      }
      return out;
    }).orElseGet(() -> new java.util.LinkedHashSet<>(terms));
  }

  private static Map<String, Double> uniform(List<String> terms) {
    Map<String, Double> weights = new LinkedHashMap<>();
    terms.forEach(t -> weights.put(t, 1.0));
    return weights;
  }
}
