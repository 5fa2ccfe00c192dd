package dev.newsdesk.retrieval.index;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The news index on disk: owns the Directory, the IndexWriter (when writable) and the
 * SearcherManager, so questions are answered from a consistent view while an ingest runs.
 *
 * <p>An article's passages are written with one {@code updateDocuments} call, so a reader sees
 * either all of an article's old passages or all of its new ones; {@link #commit()} makes them
 * durable, and a crash before it loses only the uncommitted articles, never the index.
 */
public final class LuceneIndex implements NewsIndex {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LuceneIndex.class);

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  // replaced when a writer that stopped after a failure (a full disk) is reopened
  private volatile Optional<IndexWriter> writer;
  private final EmbeddingRecord embedding;
  private final Map<String, String> uncommittedHashes = new ConcurrentHashMap<>();
  private volatile SearcherManager searchers;
  private volatile Optional<String> writeFailure = Optional.empty();

  private LuceneIndex(Path path, Directory directory, Optional<IndexWriter> writer, EmbeddingRecord embedding)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.embedding = embedding;
    if (writer.isPresent()) {
      this.searchers = new SearcherManager(writer.get(), new SearcherFactory());
    }
  }

  /** Opens (creating if needed) an index without vectors for ingesting. */
  public static LuceneIndex openForWriting(Path path) {
    return openForWriting(path, EmbeddingRecord.NONE);
  }

  /**
   * Opens (creating if needed) the index for ingesting with the given embedding model; only one
   * process may write at a time, and an index built with another model is refused.
   */
  public static LuceneIndex openForWriting(Path path, EmbeddingRecord embedding) {
    return openForWriting(path, embedding, FSDirectory::open);
  }

  /** Opens for writing over a directory of the caller's making (tests simulate a full disk). */
  static LuceneIndex openForWriting(Path path, EmbeddingRecord embedding, DirectoryOpener opener) {
    try {
      Files.createDirectories(path);
      Directory directory = opener.open(path);
      IndexWriter writer = new IndexWriter(directory, writerConfig());
      try {
        EmbeddingRecord.check(path, directory, writer, embedding);
      } catch (RetrievalException e) {
        writer.close();
        directory.close();
        throw e;
      }
      writer.setLiveCommitData(embedding.commitData().entrySet());
      writer.commit();
      return new LuceneIndex(path, directory, Optional.of(writer), embedding);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new RetrievalException(
          "the index at " + path + " is being written by another Newsdesk process; "
              + "wait for it to finish or stop it", e);
    } catch (IOException e) {
      throw new RetrievalException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Opens the index for searching only, seeing what other processes commit; it may not exist yet. */
  public static LuceneIndex openForReading(Path path) {
    try {
      return new LuceneIndex(path, FSDirectory.open(path), Optional.empty(), EmbeddingRecord.NONE);
    } catch (IOException e) {
      throw new RetrievalException("cannot open the index at " + path + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public String location() {
    return path.toString();
  }

  @Override
  public dev.newsdesk.retrieval.search.PassageSearch searching() {
    return dev.newsdesk.retrieval.search.LuceneSearchView.searching(this);
  }

  @Override
  public void outline(OutlineVisitor visitor) {
    search(searcher -> {
      for (var leaf : searcher.getIndexReader().leaves()) {
        org.apache.lucene.index.StoredFields stored = leaf.reader().storedFields();
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc);
            org.apache.lucene.index.IndexableField count = d.getField(IndexFields.PASSAGE_COUNT);
            visitor.passage(d.get(IndexFields.ARTICLE_ID), d.getField(IndexFields.ORDINAL).numericValue().intValue(),
                count == null ? -1 : count.numericValue().intValue());
          }
        }
      }
      return true;
    });
  }

  /** The analyzer of the text and title fields: English, with stemming and stop words. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** Whether the index already holds exactly this article, so it need not be embedded again. */
  @Override
  public boolean holdsUnchanged(Article article) {
    return previousHash(article).filter(ContentHash.of(article)::equals).isPresent();
  }

  /**
   * Writes the article's passages (the first {@code vectors.size()} with a vector), replacing any
   * earlier version; an unchanged article is left as it is.
   */
  @Override
  public UpsertOutcome upsert(Article article, List<Passage> passages, List<float[]> vectors) {
    IndexWriter w = writable();
    String hash = ContentHash.of(article);
    Optional<String> previous = previousHash(article);
    if (previous.isPresent() && previous.get().equals(hash)) {
      return UpsertOutcome.UNCHANGED;
    }
    try {
      w.updateDocuments(
          new Term(IndexFields.ARTICLE_ID, article.id()),
          PassageDocuments.of(article, passages, vectors, hash));
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      writeFailure = Optional.of(reason(e));
      throw new RetrievalException("cannot write article " + article.id() + " to " + path + ": " + reason(e), e);
    }
    uncommittedHashes.put(article.id(), hash);
    return previous.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.ADDED;
  }

  /** Makes everything written so far durable and visible to searches. */
  @Override
  public synchronized void commit() {
    IndexWriter w = writable();
    try {
      w.commit();
      searchers.maybeRefreshBlocking();
      uncommittedHashes.clear();
      writeFailure = Optional.empty();
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      writeFailure = Optional.of(reason(e));
      throw new RetrievalException("cannot commit the index at " + path + ": " + reason(e)
          + " (what was committed before is kept)", e);
    }
  }

  /**
   * Merges the index into one segment and commits. Search cost grows with the number of segments —
   * each has its own HNSW graph, walked in full for every question — so after a bulk import this makes
   * vector search several times faster; it rewrites the whole index once (minutes at a million
   * passages) and needs that much free disk meanwhile. Readers keep working throughout.
   */
  @Override
  public synchronized void optimize() {
    IndexWriter w = writable();
    try {
      w.forceMerge(1, true);
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      writeFailure = Optional.of(reason(e));
      throw new RetrievalException("cannot merge the index at " + path + ": " + reason(e)
          + " (the index is unchanged)", e);
    }
    commit();
  }

  /** The newest publication instant (epoch ms) of the reader's articles, from the points' bounds: no document is read. */
  public static java.util.OptionalLong newestPublished(org.apache.lucene.index.IndexReader reader) throws IOException {
    byte[] max = org.apache.lucene.index.PointValues.getMaxPackedValue(reader, IndexFields.PUBLISHED);
    return max == null ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(org.apache.lucene.document.LongPoint.decodeDimension(max, 0));
  }

  /** How many segments the newest committed view has (0 when there is no index yet). */
  public int segmentCount() {
    return search(s -> s.getIndexReader().leaves().size()).orElse(0);
  }

  /** Runs a search on the newest committed view of the index; empty when there is no index yet. */
  public <T> Optional<T> search(SearchFunction<T> function) {
    Optional<SearcherManager> manager = searcherManager();
    if (manager.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (writer.isEmpty()) {
        manager.get().maybeRefresh();
      }
      IndexSearcher searcher = manager.get().acquire();
      try {
        return Optional.of(function.apply(searcher));
      } finally {
        manager.get().release(searcher);
      }
    } catch (IOException e) {
      throw new RetrievalException("cannot search the index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** The analysed terms of a text, as the index sees them. */
  @Override
  public List<String> analyze(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The number of articles, cheaply (one count query; {@link #stats()} walks every article). */
  @Override
  public long articleCount() {
    return search(searcher -> (long) searcher.count(new TermQuery(new Term(IndexFields.ARTICLE_HEAD, "1"))))
        .orElse(0L);
  }

  /** Bytes of the index's files on disk. */
  @Override
  public long sizeOnDisk() {
    return IndexStatistics.sizeOf(directory);
  }

  /** Counts, outlets, date range and size on disk. */
  @Override
  public IndexStats stats() {
    return IndexStatistics.of(this, path, directory);
  }

  /** The embedding model recorded in the newest commit ({@link EmbeddingRecord#NONE} if none). */
  @Override
  public EmbeddingRecord embedding() {
    return EmbeddingRecord.of(directory);
  }

  private Optional<String> previousHash(Article article) {
    return Optional.ofNullable(uncommittedHashes.get(article.id())).or(() -> storedHash(article.id()));
  }

  private Optional<String> storedHash(String articleId) {
    return search(
            searcher -> {
              TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ARTICLE_ID, articleId)), 1);
              if (top.scoreDocs.length == 0) {
                return Optional.<String>empty();
              }
              Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
              return Optional.ofNullable(doc.get(IndexFields.CONTENT_HASH));
            })
        .flatMap(h -> h);
  }

  private synchronized Optional<SearcherManager> searcherManager() {
    if (searchers == null) {
      try {
        if (!DirectoryReader.indexExists(directory)) {
          return Optional.empty();
        }
        searchers = new SearcherManager(directory, new SearcherFactory());
      } catch (IOException e) {
        throw new RetrievalException("cannot open the index at " + path + ": " + e.getMessage(), e);
      }
    }
    return Optional.of(searchers);
  }

  /**
   * Commits and closes. A writer that stopped after a failure (a full disk) is closed without
   * committing: what it committed before stays, what came after is dropped.
   */
  @Override
  public void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer.isPresent() && writer.get().isOpen()) {
        writer.get().commit();
        writer.get().close();
      }
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw new RetrievalException("cannot close the index at " + path + ": " + reason(e), e);
    } finally {
      try {
        directory.close();
      } catch (IOException e) {
        log.warn("cannot close the folder of the index at {}", path, e);
      }
    }
  }

  /**
   * Why the last write failed (e.g. "No space left on device"), while writing fails; empty when the
   * last write or commit worked. Searching the committed index goes on meanwhile.
   */
  @Override
  public Optional<String> writeFailure() {
    return writeFailure;
  }

  /**
   * The writer, reopened when it stopped after a failure: Lucene closes a writer for good after a
   * "tragic" error such as a full disk during a flush, releasing its lock; a new one on the same
   * folder starts from the last commit, so once space is back writing resumes without a restart.
   * What was written but not committed before the failure is lost, as a crash would lose it.
   */
  private synchronized IndexWriter writable() {
    IndexWriter current = writer.orElseThrow(() -> new IllegalStateException("index opened read-only"));
    if (current.isOpen()) {
      return current;
    }
    try {
      IndexWriter fresh = new IndexWriter(directory, writerConfig());
      fresh.setLiveCommitData(embedding.commitData().entrySet());
      SearcherManager old = searchers;
      searchers = new SearcherManager(fresh, new SearcherFactory());
      writer = Optional.of(fresh);
      uncommittedHashes.clear();
      writeFailure = Optional.empty();
      log.warn("the index writer at {} stopped after a failure; reopened it from the last commit", path);
      closeQuietly(old);
      return fresh;
    } catch (IOException e) {
      writeFailure = Optional.of(reason(e));
      throw new RetrievalException("cannot write to the index at " + path + ": " + reason(e)
          + " (the writer stopped after a failure and cannot be reopened yet; searches go on)", e);
    }
  }

  private static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    return config;
  }

  private void closeQuietly(SearcherManager manager) {
    try {
      manager.close();
    } catch (IOException e) {
      log.warn("cannot close the old searchers of {}", path, e);
    }
  }

  /** The root cause's message: "No space left on device" rather than Lucene's wrapper. */
  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** Opens the Lucene directory of a folder. */
  @FunctionalInterface
  interface DirectoryOpener {
    Directory open(Path path) throws IOException;
  }

  /** A search against one consistent view of the index. */
  @FunctionalInterface
  public interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
