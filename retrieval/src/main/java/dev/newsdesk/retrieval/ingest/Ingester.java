package dev.newsdesk.retrieval.ingest;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.article.ArticleNotes;
import dev.newsdesk.retrieval.article.ArticleReader;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.ReadResult;
import dev.newsdesk.retrieval.article.SourceDocument;
import dev.newsdesk.retrieval.chunk.Passage;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.index.PassageDocuments;
import dev.newsdesk.retrieval.index.UpsertOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest pipeline: load each input, read its articles, split them into passages and write them
 * to the index, so that one bad file or record is reported and the rest still go in.
 *
 * <p>With an embedding model, new and changed articles are gathered until about
 * {@value #EMBED_BATCH} passages wait, embedded together (the model spreads a batch over the cores)
 * and then written; unchanged articles are never embedded again. Only the first
 * {@code maxEmbeddedPassages} passages of an article get a vector: news puts its substance first,
 * and the tail of a long live blog or round-up, still found by BM25, would otherwise dominate the
 * embedding time. The index is committed every
 * {@value #COMMIT_EVERY} articles and at the end, so an interrupted run keeps what it committed and
 * a re-run completes it without duplicates. A {@link CommitHook} hears which articles each commit
 * adds (alerts are matched from there, off this path).
 */
public final class Ingester {

  static final int COMMIT_EVERY = 1000;
  static final int EMBED_BATCH = 64;
  private static final Logger log = LoggerFactory.getLogger(Ingester.class);

  private final NewsIndex index;
  private final InputLoader loader;
  private final ArticleReader reader;
  private final PassageSplitter splitter;
  private final Optional<Embeddings> embeddings;
  private final int maxEmbeddedPassages;
  private final CommitHook commitHook;

  public Ingester(
      NewsIndex index,
      InputLoader loader,
      ArticleReader reader,
      PassageSplitter splitter,
      Optional<Embeddings> embeddings,
      int maxEmbeddedPassages) {
    this(index, loader, reader, splitter, embeddings, maxEmbeddedPassages, CommitHook.NONE);
  }

  /** As the other constructor, telling {@code commitHook} which articles each commit adds. */
  public Ingester(
      NewsIndex index,
      InputLoader loader,
      ArticleReader reader,
      PassageSplitter splitter,
      Optional<Embeddings> embeddings,
      int maxEmbeddedPassages,
      CommitHook commitHook) {
    if (maxEmbeddedPassages < 1) {
      throw new IllegalArgumentException("maxEmbeddedPassages must be positive, was " + maxEmbeddedPassages);
    }
    this.index = index;
    this.loader = loader;
    this.reader = reader;
    this.splitter = splitter;
    this.embeddings = embeddings;
    this.maxEmbeddedPassages = maxEmbeddedPassages;
    this.commitHook = commitHook;
  }

  /** Ingests everything the names stand for (files, folders, web addresses). */
  public IngestReport ingest(List<String> names, IngestListener listener) {
    Tally tally = new Tally(System.nanoTime());
    for (String name : names) {
      InputLoader.Expansion expansion = loader.expand(name);
      tally.problems.addAll(expansion.problems());
      for (Input input : expansion.inputs()) {
        Loaded loaded = loader.load(input);
        if (loaded instanceof Loaded.Failure failure) {
          tally.problems.add(failure.problem());
        } else {
          ingest(((Loaded.Document) loaded).document(), tally, listener);
        }
      }
    }
    flush(tally, listener);
    commit(tally);
    return tally.report();
  }

  /** Ingests articles that are already in hand (an evaluation corpus, a test). */
  public IngestReport ingestArticles(List<Article> articles, IngestListener listener) {
    Tally tally = new Tally(System.nanoTime());
    listener.documentRead("articles", articles.size());
    articles.forEach(article -> write(article, "article " + article.id(), tally, listener));
    flush(tally, listener);
    commit(tally);
    return tally.report();
  }

  private void ingest(SourceDocument document, Tally tally, IngestListener listener) {
    ReadResult result;
    try {
      result = reader.read(document);
    } catch (RuntimeException e) {
      log.warn("reader failed on {}", document.location(), e);
      tally.problems.add(Problem.failed(document.location(), "could not be read: " + e));
      return;
    }
    tally.problems.addAll(result.problems());
    listener.documentRead(document.location(), result.articles().size());
    for (Article article : result.articles()) {
      tally.problems.addAll(warnings(document.location(), article, result.notesFor(article)));
      write(article, document.location(), tally, listener);
    }
  }

  /** What the reader noticed about an article, as warnings for the summary (the article is kept). */
  static List<Problem> warnings(String location, Article article, ArticleNotes notes) {
    return notes.warnings().stream()
        .map(w -> Problem.warning(location, "\"" + article.title() + "\": " + w))
        .toList();
  }

  private void write(Article article, String location, Tally tally, IngestListener listener) {
    List<Passage> passages = splitter.split(article.text());
    if (passages.isEmpty()) {
      tally.problems.add(Problem.skipped(location, "\"" + article.title() + "\" has no text"));
      listener.articleDone();
    } else if (index.holdsUnchanged(article)) {
      tally.count(UpsertOutcome.UNCHANGED, passages.size());
      listener.articleDone();
    } else {
      tally.pending.add(new Pending(article, passages));
      tally.pendingPassages += Math.min(passages.size(), maxEmbeddedPassages);
      if (tally.pendingPassages >= EMBED_BATCH) {
        flush(tally, listener);
      }
    }
  }

  /** Embeds the waiting articles' passages in one batch and writes them. */
  private void flush(Tally tally, IngestListener listener) {
    List<String> texts = new ArrayList<>();
    for (Pending p : tally.pending) {
      p.passages().stream().limit(maxEmbeddedPassages)
          .forEach(passage -> texts.add(PassageDocuments.embeddingText(p.article(), passage)));
    }
    List<float[]> vectors = embeddings.map(e -> e.embedPassages(texts)).orElse(List.of());
    int offset = 0;
    for (Pending p : tally.pending) {
      int embedded = Math.min(p.passages().size(), maxEmbeddedPassages);
      List<float[]> own = vectors.isEmpty() ? List.of() : vectors.subList(offset, offset + embedded);
      offset += embedded;
      UpsertOutcome outcome = index.upsert(p.article(), p.passages(), own);
      tally.count(outcome, p.passages().size());
      if (outcome == UpsertOutcome.ADDED) {
        tally.uncommitted.add(p.article());
      }
      listener.articleDone();
      if (tally.written() % COMMIT_EVERY == 0) {
        commit(tally);
      }
    }
    tally.pending.clear();
    tally.pendingPassages = 0;
  }

  /** Commits the index, telling the hook first which articles the commit adds and then that it is done. */
  private void commit(Tally tally) {
    List<Article> added = List.copyOf(tally.uncommitted);
    if (!added.isEmpty()) {
      commitHook.staged(added);
    }
    index.commit();
    tally.uncommitted.clear();
    if (!added.isEmpty()) {
      commitHook.committed();
    }
  }

  private record Pending(Article article, List<Passage> passages) {}

  /** Running counts of one ingest run. */
  private static final class Tally {
    private final long startNanos;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<Article> uncommitted = new ArrayList<>();
    private int pendingPassages;
    private int added;
    private int updated;
    private int unchanged;
    private long passages;

    Tally(long startNanos) {
      this.startNanos = startNanos;
    }

    void count(UpsertOutcome outcome, int passageCount) {
      switch (outcome) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
      if (outcome != UpsertOutcome.UNCHANGED) {
        passages += passageCount;
      }
    }

    int written() {
      return added + updated + unchanged;
    }

    IngestReport report() {
      return new IngestReport(
          added, updated, unchanged, passages, problems, Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }
}
