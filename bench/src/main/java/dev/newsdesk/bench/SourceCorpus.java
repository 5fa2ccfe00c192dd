package dev.newsdesk.bench;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.LuceneIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * The real passages of an existing index that have vectors, in index order: titles, texts and unit
 * vectors (what a synthetic corpus is grown from), and where each came from (article, outlet, date),
 * so the real corpus itself can be benchmarked too.
 */
public record SourceCorpus(List<String> titles, List<String> texts, List<float[]> vectors, List<Origin> origins) {

  /** The article a source passage belongs to. */
  public record Origin(String articleId, String outlet, Optional<Instant> published, Optional<String> url) {}

  public SourceCorpus {
    titles = List.copyOf(titles);
    texts = List.copyOf(texts);
    vectors = List.copyOf(vectors);
    origins = List.copyOf(origins);
    if (titles.size() != texts.size() || texts.size() != vectors.size() || origins.size() != texts.size()
        || texts.isEmpty()) {
      throw new IllegalArgumentException("a source corpus needs as many titles, texts, vectors and origins, at least one");
    }
  }

  /** A source without origins (tests): every passage its own article. */
  public SourceCorpus(List<String> titles, List<String> texts, List<float[]> vectors) {
    this(titles, texts, vectors, java.util.stream.IntStream.range(0, texts.size())
        .mapToObj(i -> new Origin("source-" + i, "Source", Optional.empty(), Optional.empty())).toList());
  }

  public int size() {
    return texts.size();
  }

  public int dimension() {
    return vectors.get(0).length;
  }

  /** Reads every passage that has a vector from the index at {@code folder}. */
  public static SourceCorpus read(Path folder) {
    try (LuceneIndex index = LuceneIndex.openForReading(folder)) {
      return index.search(SourceCorpus::read).orElseThrow(() -> new RetrievalException(
          "there is no index at " + folder + " to grow the synthetic corpus from"));
    }
  }

  /**
   * The complete evaluation index under {@code dataFolder}/eval-cache built with {@code model}, the
   * default source; empty when {@code newsdesk eval} has not been run with that model.
   */
  public static Optional<Path> findEvalIndex(Path dataFolder, String model) {
    Path cache = dataFolder.resolve("eval-cache");
    if (!Files.isDirectory(cache)) {
      return Optional.empty();
    }
    try (Stream<Path> folders = Files.list(cache)) {
      return folders.sorted()
          .filter(f -> Files.isRegularFile(f.resolve("newsdesk-eval-complete")))
          .filter(f -> recordedModel(f).equals(model))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String recordedModel(Path folder) {
    try (LuceneIndex index = LuceneIndex.openForReading(folder)) {
      return index.embedding().model();
    }
  }

  private static SourceCorpus read(IndexSearcher searcher) throws IOException {
    List<String> titles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    List<Origin> origins = new ArrayList<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
      if (values == null) {
        continue;
      }
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
          continue;
        }
        Document d = stored.document(doc);
        titles.add(Objects.requireNonNullElse(d.get(IndexFields.TITLE), ""));
        texts.add(Objects.requireNonNullElse(d.get(IndexFields.TEXT), ""));
        vectors.add(values.vectorValue().clone());
        IndexableField published = d.getField(IndexFields.PUBLISHED);
        origins.add(new Origin(d.get(IndexFields.ARTICLE_ID), Objects.requireNonNullElse(d.get(IndexFields.OUTLET), ""),
            Optional.ofNullable(published).map(f -> Instant.ofEpochMilli(f.numericValue().longValue())),
            Optional.ofNullable(d.get(IndexFields.URL))));
      }
    }
    if (vectors.isEmpty()) {
      throw new RetrievalException("the index has no passage vectors to grow a synthetic corpus from");
    }
    return new SourceCorpus(titles, texts, vectors, origins);
  }
}
