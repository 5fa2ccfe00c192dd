package dev.newsdesk.retrieval.index;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that an index holds only whole articles: every article has all of its passages, numbered
 * from 0 without gaps or repeats. Used after a crash, and by the crash-safety proof.
 */
public final class IndexIntegrity {

  private IndexIntegrity() {}

  /** What the check found: articles, and the ids of those that are not whole. */
  public record Report(long articles, long passages, List<String> torn) {
    public boolean whole() {
      return torn.isEmpty();
    }
  }

  /** Walks every passage of the index (either engine). */
  public static Report check(NewsIndex index) {
    Map<String, BitSet> ordinals = new HashMap<>();
    Map<String, Integer> declared = new HashMap<>();
    Set<String> torn = new TreeSet<>();
    long[] passages = {0};
    index.outline((id, ordinal, count) -> {
      passages[0]++;
      BitSet seen = ordinals.computeIfAbsent(id, k -> new BitSet());
      if (seen.get(ordinal) || (declared.containsKey(id) && declared.get(id) != count)) {
        torn.add(id);
      }
      seen.set(ordinal);
      declared.put(id, count);
    });
    ordinals.forEach((id, seen) -> {
      int count = declared.get(id);
      if (count >= 0 && (seen.cardinality() != count || seen.nextClearBit(0) != count)) {
        torn.add(id);
      }
    });
    return new Report(ordinals.size(), passages[0], List.copyOf(torn));
  }
}
