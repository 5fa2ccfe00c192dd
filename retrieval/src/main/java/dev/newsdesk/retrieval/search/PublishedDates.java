package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads the publication instants of many documents from doc values, without their stored text. */
final class PublishedDates {

  private PublishedDates() {}

  /** Epoch milliseconds by document number; undated documents are absent. */
  static Map<Integer, Long> of(IndexSearcher searcher, int[] docs) throws IOException {
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, Long> out = new HashMap<>();
    int leafIndex = -1;
    NumericDocValues values = null;
    for (int doc : sorted) {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = leaves.get(leaf).reader().getNumericDocValues(IndexFields.PUBLISHED);
      }
      if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
        out.put(doc, values.longValue());
      }
    }
    return out;
  }
}
