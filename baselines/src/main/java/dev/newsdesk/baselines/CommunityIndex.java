package dev.newsdesk.baselines;

import dev.langchain4j.community.rag.content.retriever.lucene.LuceneEmbeddingStore;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The community retriever's own index, built through its own API: {@link LuceneEmbeddingStore#addAll(List,
 * List, List)} with the passage id as the document id (stored as the keyword field "id", which the
 * retriever hands back in each TextSegment's metadata), the given vector as the embedding (a
 * KnnFloatVectorField) and the passage text as the TextSegment (a TextField "content").
 */
final class CommunityIndex implements AutoCloseable {

  record Stats(double seconds, long bytes, int documents, int segments) {}

  private final Directory directory;
  private final LuceneEmbeddingStore store;
  private final Stats stats;

  private CommunityIndex(Directory directory, LuceneEmbeddingStore store, Stats stats) {
    this.directory = directory;
    this.store = store;
    this.stats = stats;
  }

  /**
   * Indexes every passage with its vector in batches of {@code batch}. Each addAll call of the
   * library opens an IndexWriter on the directory, adds the batch, and commits and closes it.
   */
  static CommunityIndex build(DataFolder data, VectorFile vectors, Path work, int batch, PrintStream log)
      throws InputException, IOException {
    Directory directory = new MMapDirectory(work);
    LuceneEmbeddingStore store = LuceneEmbeddingStore.builder().directory(directory).build();
    int count = data.meta().count();
    List<String> ids = new ArrayList<>(batch);
    List<Embedding> embeddings = new ArrayList<>(batch);
    List<TextSegment> segments = new ArrayList<>(batch);
    int[] done = {0};
    long progressStep = Math.max(batch, 50_000);
    long start = System.nanoTime();
    data.forEachPassage(
        passage -> {
          ids.add(passage.id());
          embeddings.add(Embedding.from(vectors.row(passage.index())));
          segments.add(TextSegment.from(passage.text()));
          if (ids.size() == batch) {
            flush(store, ids, embeddings, segments);
            done[0] += batch;
            if (done[0] % progressStep < batch) {
              log.printf("indexed %,d of %,d passages in %.1f s%n", done[0], count, seconds(start));
            }
          }
        });
    if (!ids.isEmpty()) {
      done[0] += ids.size();
      flush(store, ids, embeddings, segments);
    }
    double seconds = seconds(start);

    // The library logs and swallows both a document it cannot build and an IOException while writing:
    // check that every passage really is in the index.
    int documents;
    int segmentCount;
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      documents = reader.numDocs();
      segmentCount = reader.leaves().size();
    }
    if (documents != count) {
      throw new IllegalStateException(
          "the library indexed " + documents + " of " + count + " passages (see its log above)");
    }
    long bytes = folderBytes(work);
    log.printf("indexed %,d passages in %.1f s: %,d bytes in %d segments%n", documents, seconds, bytes, segmentCount);
    return new CommunityIndex(directory, store, new Stats(seconds, bytes, documents, segmentCount));
  }

  private static void flush(
      LuceneEmbeddingStore store, List<String> ids, List<Embedding> embeddings, List<TextSegment> segments) {
    store.addAll(ids, embeddings, segments);
    ids.clear();
    embeddings.clear();
    segments.clear();
  }

  static long folderBytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  Directory directory() {
    return directory;
  }

  LuceneEmbeddingStore store() {
    return store;
  }

  Stats stats() {
    return stats;
  }

  @Override
  public void close() throws IOException {
    directory.close();
  }
}
