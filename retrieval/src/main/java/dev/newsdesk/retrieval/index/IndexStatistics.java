package dev.newsdesk.retrieval.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;

/** Computes {@link IndexStats} by walking the first passage of every article. */
final class IndexStatistics {

  private IndexStatistics() {}

  static IndexStats of(LuceneIndex index, Path path, Directory directory) {
    long size = sizeOf(directory);
    EmbeddingRecord embedding = index.embedding();
    return index
        .search(searcher -> collect(searcher, path, size, embedding))
        .orElseGet(() -> new IndexStats(
            path.toString(), 0, 0, Map.of(), Optional.empty(), Optional.empty(), size, 0, embedding));
  }

  private static IndexStats collect(
      IndexSearcher searcher, Path path, long size, EmbeddingRecord embedding) throws IOException {
    Map<String, Long> outlets = new HashMap<>();
    long[] articles = {0};
    long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
    searcher.search(
        new TermQuery(new Term(IndexFields.ARTICLE_HEAD, "1")),
        new SimpleCollector() {
          private StoredFields stored;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            stored = context.reader().storedFields();
          }

          @Override
          public void collect(int doc) throws IOException {
            Document d = stored.document(doc);
            articles[0]++;
            String outlet = d.get(IndexFields.OUTLET);
            if (outlet != null && !outlet.isBlank()) {
              outlets.merge(outlet, 1L, Long::sum);
            }
            if (d.getField(IndexFields.PUBLISHED) != null) {
              long millis = d.getField(IndexFields.PUBLISHED).numericValue().longValue();
              range[0] = Math.min(range[0], millis);
              range[1] = Math.max(range[1], millis);
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    Map<String, Long> sorted = new LinkedHashMap<>();
    outlets.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return new IndexStats(
        path.toString(),
        articles[0],
        searcher.getIndexReader().numDocs(),
        sorted,
        day(range[0], articles[0] > 0 && range[0] != Long.MAX_VALUE),
        day(range[1], articles[0] > 0 && range[1] != Long.MIN_VALUE),
        size,
        vectors(searcher),
        embedding);
  }

  /** Passages with a vector (live ones only). */
  private static long vectors(IndexSearcher searcher) throws IOException {
    return searcher.count(new org.apache.lucene.search.FieldExistsQuery(IndexFields.VECTOR));
  }

  private static Optional<LocalDate> day(long millis, boolean present) {
    return present
        ? Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC))
        : Optional.empty();
  }

  static long sizeOf(Directory directory) {
    long total = 0;
    try {
      for (String file : directory.listAll()) {
        try {
          total += directory.fileLength(file);
        } catch (IOException | RuntimeException e) {
          // a file removed by a concurrent merge between listing and measuring: not part of the size
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return total;
  }
}
