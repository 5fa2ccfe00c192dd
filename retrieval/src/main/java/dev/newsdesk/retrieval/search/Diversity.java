package dev.newsdesk.retrieval.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the top of a ranking varied: near-identical passages (syndicated copies of one story)
 * collapse into the earliest published, and no article takes more than its share of places.
 *
 * <p>Two passages are near-identical when their sets of word 4-grams overlap by at least the
 * threshold (Jaccard); the earliest copy takes the place of the best-ranked one.
 */
final class Diversity {

  private static final int SHINGLE = 4;

  private final double duplicateThreshold;

  Diversity(double duplicateThreshold) {
    this.duplicateThreshold = duplicateThreshold;
  }

  /**
   * The top {@code k}, reading the ranking only as far as needed: until {@code k} passages are kept
   * and then {@code k} more, in which an earlier copy of a kept passage may still turn up.
   */
  List<RetrievedPassage> select(Iterator<RetrievedPassage> ranked, int k, int maxPerArticle) {
    List<RetrievedPassage> kept = new ArrayList<>();
    List<int[]> keptShingles = new ArrayList<>();
    Map<String, Integer> perArticle = new HashMap<>();
    int lookahead = k;
    while (ranked.hasNext() && (kept.size() < k || lookahead-- > 0)) {
      RetrievedPassage candidate = ranked.next();
      int[] shingles = shingles(candidate.text());
      int copyOf = indexOfCopy(keptShingles, shingles, candidate, kept);
      if (copyOf >= 0) {
        if (earlier(candidate, kept.get(copyOf))) {
          perArticle.merge(kept.get(copyOf).articleId(), -1, Integer::sum);
          perArticle.merge(candidate.articleId(), 1, Integer::sum);
          kept.set(copyOf, candidate);
          keptShingles.set(copyOf, shingles);
        }
        continue;
      }
      if (kept.size() < k && perArticle.getOrDefault(candidate.articleId(), 0) < maxPerArticle) {
        kept.add(candidate);
        keptShingles.add(shingles);
        perArticle.merge(candidate.articleId(), 1, Integer::sum);
      }
    }
    return kept;
  }

  private int indexOfCopy(
      List<int[]> keptShingles, int[] shingles, RetrievedPassage candidate,
      List<RetrievedPassage> kept) {
    for (int i = 0; i < keptShingles.size(); i++) {
      if (!kept.get(i).articleId().equals(candidate.articleId())
          && jaccard(keptShingles.get(i), shingles) >= duplicateThreshold) {
        return i;
      }
    }
    return -1;
  }

  private static boolean earlier(RetrievedPassage a, RetrievedPassage b) {
    return a.published().orElse(Instant.MAX).isBefore(b.published().orElse(Instant.MAX));
  }

  /** The distinct hashes of the text's word 4-grams, sorted (so two sets intersect in one merge). */
  static int[] shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int[] out = new int[Math.max(0, words.length - SHINGLE + 1)];
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      int h = 17;
      for (int j = i; j < i + SHINGLE; j++) {
        h = 31 * h + words[j].hashCode();
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** |a ∩ b| / |a ∪ b| of two sorted sets of distinct hashes; 0 when either is empty. */
  private static double jaccard(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }
}
