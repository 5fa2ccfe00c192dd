package dev.newsdesk.retrieval.index;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Checks that an index holds only whole articles: every article has all of its passages, numbered
 * from 0 without gaps or repeats. Used after a crash, and by the crash-safety proof.
 */
public final class IndexIntegrity {

  private IndexIntegrity() {}

  /** What the check found: articles, and the ids of those that are not whole. */
  public record Report(long articles, long passages, java.util.List<String> torn) {
    public boolean whole() {
      return torn.isEmpty();
    }
  }

  public static Report check(NewsIndex index) {
    return index.search(searcher -> check(searcher.getIndexReader()))
        .orElse(new Report(0, 0, java.util.List.of()));
  }

  private static Report check(IndexReader reader) throws IOException {
    Map<String, BitSet> ordinals = new HashMap<>();
    Map<String, Integer> declared = new HashMap<>();
    java.util.Set<String> torn = new java.util.TreeSet<>();
    long passages = 0;
    for (var leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(doc);
        String id = d.get(IndexFields.ARTICLE_ID);
        int ordinal = d.getField(IndexFields.ORDINAL).numericValue().intValue();
        int count = d.getField(IndexFields.PASSAGE_COUNT) == null ? -1
            : d.getField(IndexFields.PASSAGE_COUNT).numericValue().intValue();
        passages++;
        BitSet seen = ordinals.computeIfAbsent(id, k -> new BitSet());
        if (seen.get(ordinal) || (declared.containsKey(id) && declared.get(id) != count)) {
          torn.add(id);
        }
        seen.set(ordinal);
        declared.put(id, count);
      }
    }
    ordinals.forEach((id, seen) -> {
      int count = declared.get(id);
      if (count >= 0 && (seen.cardinality() != count || seen.nextClearBit(0) != count)) {
        torn.add(id);
      }
    });
    return new Report(ordinals.size(), passages, java.util.List.copyOf(torn));
  }
}
