package dev.newsdesk.retrieval.solr;

import static dev.newsdesk.retrieval.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.index.UpsertOutcome;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import dev.newsdesk.retrieval.ingest.Ingester;
import dev.newsdesk.retrieval.ingest.InputLoader;
import dev.newsdesk.retrieval.ingest.UrlFetcher;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.TermWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend against the embedded one, on a real cluster in this JVM: 2 nodes, a
 * collection of 2 shards x 2 replicas, the real embedding model, the same small corpus in both.
 */
@DisplayName("The SolrCloud index (2 nodes, 2 shards x 2 replicas) beside the embedded one")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrIndexTest {

  static final String COLLECTION = "news";
  static SolrTestCluster cluster;
  /** Whether the node stopped under searches hit Solr's own executor timeout while shutting down. */
  static volatile boolean nodeStopTimedOut;
  static Embeddings embeddings;
  static Path embeddedFolder;
  static LuceneIndex embedded;
  static SolrIndex solr;
  static IngestReport solrFirst;

  @BeforeAll
  static void ingestTheSameCorpusIntoBoth() throws Exception {
    cluster = SolrTestCluster.start(2);
    embeddings = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    EmbeddingRecord record = new EmbeddingRecord(embeddings.name(), embeddings.dimension());
    SolrSettings settings = cluster.settings(COLLECTION, 2, 2);
    solr = SolrIndex.open(settings);
    assertThat(SolrInit.run(solr.client(), settings, record)).isEqualTo(SolrInit.Outcome.CREATED);
    cluster.waitForActive(COLLECTION, 2, 2);
    embeddedFolder = Files.createTempDirectory("newsdesk-embedded");
    embedded = LuceneIndex.openForWriting(embeddedFolder, record);
    ingester(embedded).ingestArticles(SolrCorpus.articles(), new IngestListener() {});
    solrFirst = ingester(solr).ingestArticles(SolrCorpus.articles(), new IngestListener() {});
  }

  @AfterAll
  static void stop() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      try {
        cluster.close();
      } catch (Exception e) {
        // a node whose shutdown timed out (above) fails the cluster's shutdown again, and so does a node
        // whose own executor outlives Solr's shutdown wait after a node was stopped under searches (the
        // same timeout, met at the cluster's close); anything else is an error
        if (!nodeStopTimedOut && !onlyPoolTimeouts(e)) {
          throw e;
        }
      }
    }
  }

  static Ingester ingester(NewsIndex index) {
    return new Ingester(index, new InputLoader(1_000_000, new UrlFetcher(Duration.ofSeconds(1))), Readers::read,
        new PassageSplitter(), Optional.of(embeddings), 16);
  }

  static Retriever retriever(NewsIndex index, SearchMode mode) {
    Clock clock = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC);
    return Retrievers.create(index, Optional.of(embeddings), mode, RankingSettings.DEFAULT, clock);
  }

  static Set<String> outline(NewsIndex index) {
    Set<String> passages = new TreeSet<>();
    index.outline((id, ordinal, count) -> passages.add(id + "#" + ordinal + "/" + count));
    return passages;
  }

  /** Whether every error of a cluster shutdown is Solr's executor timing out ("Timeout waiting for pool"). */
  private static boolean onlyPoolTimeouts(Exception e) {
    Throwable[] errors = e.getSuppressed();
    return errors.length > 0 && java.util.Arrays.stream(errors)
        .allMatch(t -> String.valueOf(t.getMessage()).startsWith("Timeout waiting for pool"));
  }

  @Test
  void should_hold_the_same_articles_passages_and_vectors_as_the_embedded_index() {
    assertThat(solrFirst.added()).isEqualTo(SolrCorpus.articles().size());
    assertThat(outline(solr)).isEqualTo(outline(embedded)).hasSizeGreaterThan(SolrCorpus.articles().size());
    IndexStats a = solr.stats();
    IndexStats b = embedded.stats();
    assertThat(a.articles()).isEqualTo(b.articles());
    assertThat(a.passages()).isEqualTo(b.passages());
    assertThat(a.vectors()).isEqualTo(b.vectors()).isPositive();
    assertThat(a.outlets()).isEqualTo(b.outlets());
    assertThat(a.earliest()).isEqualTo(b.earliest());
    assertThat(a.latest()).isEqualTo(b.latest());
    assertThat(a.embedding()).isEqualTo(b.embedding()).isEqualTo(new EmbeddingRecord(embeddings.name(), 384));
  }

  @Test
  void should_write_nothing_when_the_same_articles_are_ingested_again() {
    IngestReport again = ingester(solr).ingestArticles(SolrCorpus.articles(), new IngestListener() {});
    assertThat(again.added()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(SolrCorpus.articles().size());
  }

  /**
   * Tolerance: the top article must be the same and the top three articles the same set. BM25 is
   * exact on both (the collection scores with global term statistics, ExactStatsCache), but each NRT
   * replica builds its own HNSW graph, and the shards' graphs are searched separately and merged, so
   * the vector candidates deeper in the list may differ slightly; fused by rank, that can swap
   * neighbours of nearly equal score, never the clear best.
   */
  @Test
  void should_find_the_same_top_articles_for_the_same_questions() {
    for (SearchMode mode : SearchMode.values()) {
      for (String question : SolrCorpus.QUESTIONS) {
        List<String> a = articles(retriever(solr, mode).retrieve(SearchRequest.of(question, 6)));
        List<String> b = articles(retriever(embedded, mode).retrieve(SearchRequest.of(question, 6)));
        assertThat(a).as("%s: %s", mode, question).isNotEmpty();
        assertThat(a.get(0)).as("%s: %s", mode, question).isEqualTo(b.get(0));
        assertThat(new TreeSet<>(a.subList(0, Math.min(3, a.size()))))
            .as("%s: %s", mode, question).isEqualTo(new TreeSet<>(b.subList(0, Math.min(3, b.size()))));
      }
    }
  }

  @Test
  void should_read_back_the_same_passage_text_and_metadata() {
    RetrievedPassage a = retriever(solr, SearchMode.BM25).retrieve(SearchRequest.of(SolrCorpus.QUESTIONS.get(0), 1)).get(0);
    RetrievedPassage b = retriever(embedded, SearchMode.BM25).retrieve(SearchRequest.of(SolrCorpus.QUESTIONS.get(0), 1)).get(0);
    assertThat(a.withScore(0)).isEqualTo(b.withScore(0));
    assertThat(a.score()).isCloseTo(b.score(), org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void should_apply_outlet_and_date_filters_on_the_server() {
    SearchRequest request = SearchRequest.of("harbour", 10).withOutlets(Set.of("Valley Wire"));
    assertThat(retriever(solr, SearchMode.HYBRID).retrieve(request)).isNotEmpty()
        .allSatisfy(p -> assertThat(p.outlet()).isEqualTo("Valley Wire"));
    Instant asOf = Instant.parse("2026-08-02T00:00:00Z");
    SearchRequest before = SearchRequest.of("harbour budget", 10).withAsOf(Optional.of(asOf));
    List<RetrievedPassage> found = retriever(solr, SearchMode.HYBRID).retrieve(before);
    assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.published().orElseThrow()).isBefore(asOf));
    assertThat(articles(found)).isEqualTo(articles(retriever(embedded, SearchMode.HYBRID).retrieve(before)));
  }

  @Test
  void should_list_the_same_newest_openings_within_the_same_filters() {
    for (SearchRequest request : List.of(SearchRequest.of("", 6),
        SearchRequest.of("", 6).withOutlets(Set.of("Valley Wire")),
        SearchRequest.of("", 6).withAsOf(Optional.of(Instant.parse("2026-08-02T00:00:00Z"))))) {
      List<RetrievedPassage> a = retriever(solr, SearchMode.HYBRID).newest(request);
      List<RetrievedPassage> b = retriever(embedded, SearchMode.HYBRID).newest(request);
      assertThat(a).isNotEmpty().extracting(p -> p.withScore(0)).isEqualTo(b.stream().map(p -> p.withScore(0)).toList());
      assertThat(a).allSatisfy(p -> assertThat(p.ordinal()).isZero());
    }
  }

  @Test
  void should_list_the_same_latest_headlines_and_weigh_words_alike() {
    assertThat(new LatestHeadlines(solr).latest(5)).isEqualTo(new LatestHeadlines(embedded).latest(5));
    assertThat(new LatestHeadlines(solr).latest("harbour", 5)).isEqualTo(new LatestHeadlines(embedded).latest("harbour", 5));
    assertThat(new TermWeights(solr).weigh("harbour budget vaccine")).isEqualTo(new TermWeights(embedded).weigh("harbour budget vaccine"));
  }

  @Test
  void should_replace_the_passages_of_an_updated_article_in_one_update() throws Exception {
    // a collection of its own, so the corpus the other tests compare stays the same
    SolrSettings settings = cluster.settings("updates", 2, 1);
    try (SolrIndex solr = SolrIndex.open(settings)) {
      SolrInit.run(solr.client(), settings, EmbeddingRecord.NONE);
      cluster.waitForActive("updates", 2, 1);
      replaceAnUpdatedArticle(solr);
    }
  }

  private static void replaceAnUpdatedArticle(SolrIndex solr) {
    Article first = SolrCorpus.longArticle("ferry-strike", "Ferry crews strike", 5, "ferry crews walked out");
    Article shorter = SolrCorpus.longArticle("ferry-strike", "Ferry strike ends", 1, "the ferry strike ended");
    PassageSplitter splitter = new PassageSplitter();
    assertThat(solr.upsert(first, splitter.split(first.text()), List.of())).isEqualTo(UpsertOutcome.ADDED);
    solr.commit();
    int before = passagesOf(solr, first.id());
    assertThat(before).isGreaterThan(1);
    assertThat(solr.upsert(shorter, splitter.split(shorter.text()), List.of())).isEqualTo(UpsertOutcome.UPDATED);
    solr.commit();
    assertThat(passagesOf(solr, first.id())).isEqualTo(splitter.split(shorter.text()).size()).isLessThan(before);
    assertThat(retriever(solr, SearchMode.BM25).retrieve(SearchRequest.of("ferry", 10)))
        .extracting(RetrievedPassage::title).containsOnly("Ferry strike ends");
  }

  @Test
  void should_refuse_a_collection_whose_vector_dimension_does_not_match() {
    assertThatThrownBy(() -> SolrInit.run(solr.client(), solr.settings(), new EmbeddingRecord(embeddings.name(), 768)))
        .isInstanceOf(RetrievalException.class)
        .hasMessageContaining("'" + COLLECTION + "'")
        .hasMessageContaining("384 dimensions")
        .hasMessageContaining("768 dimensions");
    assertThat(SolrInit.run(solr.client(), solr.settings(), solr.embedding())).isEqualTo(SolrInit.Outcome.ALREADY_THERE);
  }

  @Test
  void should_fail_with_the_reason_when_the_cluster_is_not_there(@TempDir Path unused) {
    SolrSettings nowhere = new SolrSettings(List.of(), Optional.empty(), List.of("http://127.0.0.1:9/solr"), "news", 1, 1);
    try (SolrIndex down = SolrIndex.open(nowhere)) {
      assertThatThrownBy(() -> retriever(down, SearchMode.BM25).retrieve(SearchRequest.of("harbour", 5)))
          .isInstanceOf(RetrievalException.class)
          .hasMessageContaining("SolrCloud collection 'news' (solr.urls=http://127.0.0.1:9/solr)");
    }
  }

  /**
   * Hybrid searches on 4 threads while one node shuts down: every one completes with passages. Each
   * shard keeps a replica on the other node; a request caught in flight by the shutdown is retried
   * once ({@link SolrFailures#read}). Runs last: the node stays down. The window in which a request is
   * caught in flight is narrow, so this passed with the retry switched off too (once, 2026-11-30);
   * it guards node loss under concurrent searches, {@link SolrFailuresTest} guards the retry itself.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void should_complete_every_search_running_while_a_node_shuts_down() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch someDone = new CountDownLatch(4);
    AtomicInteger done = new AtomicInteger();
    List<Future<List<RetrievedPassage>>> searches = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String question = SolrCorpus.QUESTIONS.get(i % SolrCorpus.QUESTIONS.size());
        searches.add(pool.submit(() -> {
          try {
            return retriever(solr, SearchMode.HYBRID).retrieve(SearchRequest.of(question, 5));
          } finally {
            done.incrementAndGet();
            someDone.countDown();
          }
        }));
      }
      assertThat(someDone.await(120, TimeUnit.SECONDS)).isTrue();
      int beforeTheNodeWasGone = done.get();
      // the node shuts down beside the searches; on a loaded machine Solr's own shutdown can wait
      // out its executors' timeout (a replica recovering), which is Solr's, not what this test checks
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
        try {
          cluster.stopNode(1);
        } catch (Exception e) {
          throw new CompletionException(e);
        }
      });
      for (Future<List<RetrievedPassage>> search : searches) {
        assertThat(search.get(120, TimeUnit.SECONDS)).isNotEmpty();
      }
      assertThat(beforeTheNodeWasGone).as("searches left for after the node was gone").isLessThan(50);
      try {
        stopping.get(300, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        assertThat(e.getCause()).hasStackTraceContaining("Timeout waiting for pool");
        nodeStopTimedOut = true;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int passagesOf(SolrIndex solr, String articleId) {
    int[] n = {0};
    solr.outline((id, ordinal, count) -> n[0] += id.equals(articleId) ? 1 : 0);
    return n[0];
  }

  private static List<String> articles(List<RetrievedPassage> passages) {
    List<String> ids = new ArrayList<>();
    passages.forEach(p -> {
      if (!ids.contains(p.articleId())) {
        ids.add(p.articleId());
      }
    });
    return ids;
  }
}
