package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.embed.VectorMath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How close in meaning two words are ("fled" and "evacuated", "garbage" and "waste"), by an
 * in-process embedding model: the cosine of the words' unit vectors (384 dimensions for
 * all-MiniLM-L6-v2), from -1 to 1. Vectors are kept in a bounded cache, so the words of the news
 * are embedded once, not at every question. Thread-safe.
 *
 * <p>Measured on word pairs written for the purpose (all-MiniLM-L6-v2, quantised): synonyms and
 * paraphrases of news reporting score 0.41 to 0.73 (fled/evacuated 0.51, streetcar/tram 0.42,
 * wage/pay 0.73), words of a different event 0.20 to 0.42 (arrested/strike 0.23,
 * olympiad/championship 0.33, semi/final 0.42): {@link #SAME_MEANING} sits between them.
 */
public final class TermSimilarity {

  /** Two words at least this similar are taken to say the same thing. */
  static final double SAME_MEANING = 0.45;
  /**
   * Two names of things at least this similar are taken to name the same thing. Nouns need more:
   * spectators/crowd 0.70, families/households 0.64, but dollar/budget 0.54, regatta/sailing 0.51,
   * euro/rates 0.45 (measured as above).
   */
  static final double SAME_THING = 0.6;

  private static final int CACHED_WORDS = 20_000;

  private final Embeddings embeddings;
  private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHED_WORDS;
    }
  };

  public TermSimilarity(Embeddings embeddings) {
    this.embeddings = embeddings;
  }

  /** The highest similarity of {@code word} to any of {@code others}; -1 when there are none. */
  double best(String word, Collection<String> others) {
    return closest(word, others).map(Map.Entry::getValue).orElse(-1.0);
  }

  /** The word of {@code others} closest in meaning to {@code word}, with its similarity; empty when there are none. */
  java.util.Optional<Map.Entry<String, Double>> closest(String word, Collection<String> others) {
    List<String> all = new ArrayList<>(others);
    all.add(word);
    Map<String, float[]> vectors = vectors(all);
    float[] v = vectors.get(word);
    String closest = null;
    double best = -1;
    for (String other : others) {
      double similarity = VectorMath.dot(v, vectors.get(other));
      if (similarity > best) {
        best = similarity;
        closest = other;
      }
    }
    return closest == null ? java.util.Optional.empty() : java.util.Optional.of(Map.entry(closest, best));
  }

  /** The vectors of the words, embedding in one batch those not cached yet. */
  private Map<String, float[]> vectors(List<String> words) {
    Map<String, float[]> out = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      for (String word : words) {
        float[] cached = cache.get(word);
        if (cached != null) {
          out.put(word, cached);
        } else if (!missing.contains(word)) {
          missing.add(word);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> embedded = embeddings.embedPassages(missing);
      synchronized (cache) {
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i), embedded.get(i));
          out.put(missing.get(i), embedded.get(i));
        }
      }
    }
    return out;
  }
}
