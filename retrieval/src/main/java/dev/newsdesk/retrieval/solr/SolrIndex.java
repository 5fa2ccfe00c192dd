package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import dev.newsdesk.retrieval.index.ContentHash;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.index.UpsertOutcome;
import dev.newsdesk.retrieval.search.PassageSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.SolrParams;

/**
 * The news archive in a SolrCloud collection, through SolrJ's cloud client: the same documents,
 * ids, analysis and contracts as the embedded index (see {@link NewsIndex}).
 *
 * <p>An article's passages go in one update request (adds, plus deletes of passages a shorter new
 * version no longer has); the collection's configuration opens no searcher on a timer, so a change
 * becomes visible at {@link #commit()} as in the embedded index. Whether an article is unchanged is
 * read with real-time get, which sees uncommitted writes, so a re-run after a crash writes nothing twice.
 */
public final class SolrIndex implements NewsIndex {

  private final SolrClient client;
  private final SolrSettings settings;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Map<String, Stored> uncommitted = new ConcurrentHashMap<>();
  private volatile Optional<String> writeFailure = Optional.empty();
  private volatile EmbeddingRecord embedding;

  /** Over a client of the caller's (the cluster's own in tests); the client is closed with this. */
  public SolrIndex(SolrClient client, SolrSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** Connects to the configured cluster; nothing is read until the first call. */
  public static SolrIndex open(SolrSettings settings) {
    try {
      return new SolrIndex(SolrClients.cloud(settings), settings);
    } catch (RuntimeException e) {
      throw SolrFailures.of("connect", settings, e);
    }
  }

  SolrSettings settings() {
    return settings;
  }

  @Override
  public String location() {
    return settings.describe();
  }

  @Override
  public boolean holdsUnchanged(Article article) {
    return previous(article).filter(p -> p.hash().equals(ContentHash.of(article))).isPresent();
  }

  @Override
  public UpsertOutcome upsert(Article article, List<Passage> passages, List<float[]> vectors) {
    if (vectors.size() > passages.size()) {
      throw new IllegalArgumentException(
          vectors.size() + " vectors for " + passages.size() + " passages of " + article.id());
    }
    String hash = ContentHash.of(article);
    Optional<Stored> previous = previous(article);
    if (previous.isPresent() && previous.get().hash().equals(hash)) {
      return UpsertOutcome.UNCHANGED;
    }
    UpdateRequest update = new UpdateRequest();
    for (int i = 0; i < passages.size(); i++) {
      update.add(SolrDocuments.of(article, passages.get(i), passages.size(),
          i < vectors.size() ? Optional.of(vectors.get(i)) : Optional.empty(), hash));
    }
    for (int stale = passages.size(); previous.isPresent() && stale < previous.get().passages(); stale++) {
      update.deleteById(SolrDocuments.id(article.id(), stale));
    }
    try {
      SolrResponses.check(update.process(client, settings.collection()));
    } catch (Exception e) {
      writeFailure = Optional.of(SolrFailures.reason(e));
      throw SolrFailures.of("write article " + article.id(), settings, e);
    }
    uncommitted.put(article.id(), new Stored(hash, passages.size()));
    return previous.isPresent() ? UpsertOutcome.UPDATED : UpsertOutcome.ADDED;
  }

  @Override
  public synchronized void commit() {
    try {
      SolrResponses.check(client.commit(settings.collection(), true, true));
      uncommitted.clear();
      writeFailure = Optional.empty();
    } catch (Exception e) {
      writeFailure = Optional.of(SolrFailures.reason(e));
      throw SolrFailures.of("commit", settings, e);
    }
  }

  @Override
  public synchronized void optimize() {
    try {
      SolrResponses.check(client.optimize(settings.collection(), true, true, 1));
    } catch (Exception e) {
      throw SolrFailures.of("optimize", settings, e);
    }
  }

  @Override
  public long articleCount() {
    return count("article_head:true");
  }

  @Override
  public long sizeOnDisk() {
    return SolrStatistics.sizeOnDisk(this);
  }

  @Override
  public IndexStats stats() {
    return SolrStatistics.of(this);
  }

  @Override
  public EmbeddingRecord embedding() {
    if (embedding == null) {
      embedding = SolrInit.recorded(client, settings)
          .orElseThrow(() -> new RetrievalException("the SolrCloud collection '" + settings.collection()
              + "' (" + settings.where() + ") does not exist or has no Newsdesk schema: create it with newsdesk solr init"));
    }
    return embedding;
  }

  /**
   * Refuses to write vectors of {@code wanted} into a collection made for another model (or none);
   * the message says how to get out of it.
   */
  public void requireEmbedding(EmbeddingRecord wanted) {
    EmbeddingRecord recorded = embedding();
    if (!recorded.equals(wanted)) {
      throw new RetrievalException(location() + " holds vectors of embedding model " + recorded.describe()
          + ", but the configuration asks for " + wanted.describe() + ". Either set embedding.provider back to "
          + recorded.model() + ", or set solr.collection to a new collection, run newsdesk solr init and ingest again.");
    }
  }

  /**
   * Uploads the bundled configset for {@code embedding} and creates the collection, or checks the one
   * there (see {@link SolrInit}).
   */
  public SolrInit.Outcome init(EmbeddingRecord embedding) {
    SolrInit.Outcome outcome = SolrInit.run(client, settings, embedding);
    this.embedding = null;
    return outcome;
  }

  @Override
  public Optional<String> writeFailure() {
    return writeFailure;
  }

  @Override
  public List<String> analyze(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
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

  /** The analyzer the collection's text fields use (the schema names this very class). */
  Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public PassageSearch searching() {
    SolrIndex index = this;
    return new PassageSearch() {
      @Override
      public <T> Optional<T> inView(ViewTask<T> task) {
        try {
          return Optional.of(task.apply(new SolrSearchView(index)));
        } catch (IOException e) {
          throw SolrFailures.of("search", settings, e);
        }
      }
    };
  }

  @Override
  public void outline(OutlineVisitor visitor) {
    SolrQuery query = new SolrQuery("*:*").setFields("article_id", "ordinal", "passage_count").setRows(1000)
        .setSort("id", SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(query, "read every passage");
      for (SolrDocument d : response.getResults()) {
        Object count = d.getFirstValue("passage_count");
        visitor.passage((String) d.getFirstValue("article_id"), ((Number) d.getFirstValue("ordinal")).intValue(),
            count == null ? -1 : ((Number) count).intValue());
      }
      if (cursor.equals(response.getNextCursorMark())) {
        return;
      }
      cursor = response.getNextCursorMark();
    }
  }

  /**
   * Runs a query (posted, so a vector fits) on the collection, retried once if the connection was lost
   * ({@link SolrFailures#read}); a failure carries the cluster's reason.
   */
  QueryResponse query(SolrParams params, String action) {
    // checked inside the read: a shard's lost connection reported in the response is retried too
    return SolrFailures.read(action, settings,
        () -> SolrResponses.check(new QueryRequest(params, SolrRequest.METHOD.POST).process(client, settings.collection())));
  }

  /** How many passages a query matches. */
  long count(String q) {
    return query(new SolrQuery(q).setRows(0), "count passages").getResults().getNumFound();
  }

  SolrClient client() {
    return client;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException e) {
      throw SolrFailures.of("close the connection", settings, e);
    }
  }

  @Override
  public boolean holds(String articleId) {
    return SolrFailures.read("read article " + articleId, settings,
        () -> client.getById(settings.collection(), SolrDocuments.id(articleId, 0))) != null;
  }

  private Optional<Stored> previous(Article article) {
    Stored pending = uncommitted.get(article.id());
    if (pending != null) {
      return Optional.of(pending);
    }
    SolrDocument head = SolrFailures.read("read article " + article.id(), settings,
        () -> client.getById(settings.collection(), SolrDocuments.id(article.id(), 0)));
    if (head == null) {
      return Optional.empty();
    }
    Object count = head.getFirstValue("passage_count");
    return Optional.of(new Stored(String.valueOf(head.getFirstValue("content_hash")),
        count == null ? 0 : ((Number) count).intValue()));
  }

  /** What the collection holds of an article: its content hash and passage count. */
  private record Stored(String hash, int passages) {}
}
