package dev.newsdesk.retrieval.index;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import dev.newsdesk.retrieval.search.PassageSearch;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The news archive, whichever engine keeps it: the embedded Lucene index ({@link LuceneIndex}, the
 * default) or a SolrCloud collection ({@code dev.newsdesk.retrieval.solr.SolrIndex}).
 *
 * <p>Both keep the same contracts: an article's passages are written in one update and replace its
 * earlier version; an unchanged article writes nothing; what is written becomes visible to searches
 * at {@link #commit()}; every failure is a {@link dev.newsdesk.retrieval.RetrievalException} carrying
 * the engine's reason, never an empty result.
 */
public interface NewsIndex extends Closeable {

  /** Opens (creating if needed) an embedded index without vectors for ingesting. */
  static LuceneIndex openForWriting(Path path) {
    return LuceneIndex.openForWriting(path);
  }

  /** Opens (creating if needed) the embedded index for ingesting with the given embedding model. */
  static LuceneIndex openForWriting(Path path, EmbeddingRecord embedding) {
    return LuceneIndex.openForWriting(path, embedding);
  }

  /** Opens the embedded index for searching only; it may not exist yet. */
  static LuceneIndex openForReading(Path path) {
    return LuceneIndex.openForReading(path);
  }

  /** Where the archive is, for messages: a folder, or a collection and its cluster. */
  String location();

  /** Whether the archive already holds exactly this article, so it need not be embedded again. */
  boolean holdsUnchanged(Article article);

  /** Writes the article's passages without vectors; see {@link #upsert(Article, List, List)}. */
  default UpsertOutcome upsert(Article article, List<Passage> passages) {
    return upsert(article, passages, List.of());
  }

  /**
   * Writes the article's passages (the first {@code vectors.size()} with a vector) in one update,
   * replacing any earlier version; an unchanged article is left as it is.
   */
  UpsertOutcome upsert(Article article, List<Passage> passages, List<float[]> vectors);

  /** Makes everything written so far durable and visible to searches. */
  void commit();

  /** Merges the archive's segments (one per shard) and commits; slow, for after a bulk import. */
  void optimize();

  /** The number of articles, cheaply. */
  long articleCount();

  /** Bytes the archive takes on disk (summed over a cluster's replicas' leaders). */
  long sizeOnDisk();

  /** Counts, outlets, date range and size. */
  IndexStats stats();

  /** The embedding model the archive's vectors came from ({@link EmbeddingRecord#NONE} if none). */
  EmbeddingRecord embedding();

  /** Why the last write failed, while writing fails; empty when the last write or commit worked. */
  Optional<String> writeFailure();

  /** The analysed terms of a text, as the archive's text field sees them. */
  List<String> analyze(String text);

  /** Searching this archive: the candidate sources, headlines and term statistics read through it. */
  PassageSearch searching();

  /**
   * Calls {@code visitor} once for every passage with its article id, ordinal and the passage count
   * its article declares (-1 when not recorded), in no particular order.
   */
  void outline(OutlineVisitor visitor);

  /** Releases the archive (an embedded writer commits first). */
  @Override
  void close();

  /** Receives one passage's place in its article. */
  @FunctionalInterface
  interface OutlineVisitor {
    void passage(String articleId, int ordinal, int declaredCount);
  }
}
