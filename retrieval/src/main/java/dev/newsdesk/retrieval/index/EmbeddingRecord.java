package dev.newsdesk.retrieval.index;

import dev.newsdesk.retrieval.RetrievalException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Which embedding model an index's vectors came from, kept in the commit data so that a search
 * never compares vectors of two different models.
 */
public record EmbeddingRecord(String model, int dimension) {

  /** An index without vectors. */
  public static final EmbeddingRecord NONE = new EmbeddingRecord("none", 0);

  public EmbeddingRecord {
    Objects.requireNonNull(model, "model");
  }

  public boolean hasVectors() {
    return !model.equals(NONE.model);
  }

  Map<String, String> commitData() {
    return Map.of(
        IndexFields.COMMIT_EMBEDDING_MODEL, model,
        IndexFields.COMMIT_EMBEDDING_DIMENSION, Integer.toString(dimension));
  }

  /** The record of the newest commit; an index from before vectors counts as having none. */
  static EmbeddingRecord of(Directory directory) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return NONE;
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      String model = data.getOrDefault(IndexFields.COMMIT_EMBEDDING_MODEL, NONE.model);
      int dimension = Integer.parseInt(data.getOrDefault(IndexFields.COMMIT_EMBEDDING_DIMENSION, "0"));
      return new EmbeddingRecord(model, dimension);
    } catch (IOException | NumberFormatException e) {
      throw new RetrievalException("cannot read the index's commit data: " + e.getMessage(), e);
    }
  }

  /** Refuses to add vectors of one model to an index that holds passages of another. */
  static void check(Path path, Directory directory, IndexWriter writer, EmbeddingRecord wanted) {
    EmbeddingRecord recorded = of(directory);
    if (writer.getDocStats().numDocs == 0 || recorded.equals(wanted)) {
      return;
    }
    throw new RetrievalException(mismatch(path.toString(), recorded, wanted));
  }

  /** The message that tells the user how to get out of a model mismatch. */
  public static String mismatch(String location, EmbeddingRecord recorded, EmbeddingRecord wanted) {
    return "the index at " + location + " was built with embedding model " + recorded.describe()
        + ", but the configuration asks for " + wanted.describe() + ". Either set embedding.provider"
        + " back to " + recorded.model() + ", or re-index: move the folder aside (or pass --index NEWDIR)"
        + " and run newsdesk ingest on your news again.";
  }

  /** The model and dimension as messages name them. */
  public String describe() {
    return hasVectors() ? "'" + model + "' (" + dimension + " dimensions)" : "'none' (no vectors)";
  }
}
