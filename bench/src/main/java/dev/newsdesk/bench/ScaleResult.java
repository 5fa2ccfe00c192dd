package dev.newsdesk.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scale benchmark run measured, built once at its end. Times are milliseconds ({@code _ms})
 * or seconds, sizes bytes or megabytes ({@code _mb}), as the names say. {@link #json} writes it with
 * snake_case names; empty optional parts are left out.
 *
 * @param corpus what was searched
 * @param ingest how fast it was indexed; empty when a kept index was reused
 * @param merge the merge into one segment; empty when the run did not merge ({@code --no-merge})
 * @param index the index on disk
 * @param embedding the embedding model's own speed
 * @param retrieval latency of each of Newsdesk's retrievers, by mode name ({@code bm25, vector, hybrid})
 * @param memory this JVM's heap and resident size after the retrievers ran
 * @param vectors Lucene's HNSW search against exact search over the same vectors
 * @param quality Hits@k against the questions' gold articles; empty without gold
 * @param exactStore plain LangChain4j's in-memory store; empty when not run or failed
 * @param exactStoreError why the exact store was not measured, when it was asked for and failed
 * @param communityLucene the community Lucene retriever; empty when not run or failed
 * @param communityLuceneError why the community retriever was not measured, when it was asked for and failed
 * @param vectorRetrieverRecallAt10 recall@10 of Newsdesk's vector retriever (no recency) against exact search,
 *     the measure {@code solrcloud} repeats on the cluster; empty when SolrCloud was not run
 * @param solrcloud the same corpus and questions on the SolrCloud backend; empty when not run ({@code --solrcloud})
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ScaleResult(Corpus corpus, Optional<Ingest> ingest, Optional<Merge> merge, Index index,
    Embedding embedding, Map<String, Latency> retrieval, Memory memory, Vectors vectors, Optional<Quality> quality,
    Optional<ExactStore> exactStore, Optional<String> exactStoreError, Optional<CommunityLucene> communityLucene,
    Optional<String> communityLuceneError,
    @JsonProperty("vector_retriever_recall_at_10") Optional<Double> vectorRetrieverRecallAt10,
    Optional<SolrCloud> solrcloud) {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  public ScaleResult {
    retrieval = ordered(retrieval);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The result as one JSON object (snake_case names, empty parts left out). */
  public JsonNode json() {
    return JSON.valueToTree(this);
  }

  /**
   * The corpus: {@code real} or {@code synthetic}, its passages and articles, whether a kept index was
   * reused, the passages of the source index (when read this run), and the generator's seed and noise
   * (synthetic only).
   */
  public record Corpus(String kind, int passages, int articles, boolean reusedIndex, Optional<Integer> sourcePassages,
      Optional<Long> seed, Optional<Double> sigma) {}

  /** Seconds to index with the vectors given, and passages per second. */
  public record Ingest(double seconds, double passagesPerSecond) {}

  /** Segments before the merge, and its seconds (empty when there was one segment already). */
  public record Merge(int segmentsBefore, Optional<Double> seconds) {}

  /** Bytes on disk and segments searched. */
  public record Index(long bytes, int segments) {}

  /** The model's name, passages embedded per second (the ceiling of ingest), one query's p50 in milliseconds. */
  public record Embedding(String model, double passagesPerSecond, double queryP50Ms, int queries) {}

  /** Median and 99th percentile in milliseconds. */
  public record Latency(double p50Ms, double p99Ms) {}

  /** Megabytes of heap in use after a collection, and resident. */
  public record Memory(double heapMb, double rssMb) {}

  /**
   * HNSW against exact search: exact search's p50, recall@10 and search latency at the width the
   * vector retriever walks with (how that recall was measured in {@code recallBasis}), the same at
   * every width tried, and exact search's p50 over HNSW's.
   */
  public record Vectors(double exactSearchP50Ms, int width, @JsonProperty("recall_at_10") double recallAt10,
      Latency hnswSearch, String recallBasis, double exactSearchVsHnswSpeedup, List<Width> widths) {
    public Vectors {
      widths = List.copyOf(widths);
    }
  }

  /** Recall@10 and HNSW search p50 at one graph width. */
  public record Width(int width, @JsonProperty("recall_at_10") double recallAt10, double hnswSearchP50Ms) {}

  /** How quality was measured, and the figures of each retriever by name. */
  public record Quality(String basis, Map<String, Hits> retrievers) {
    public Quality {
      retrievers = ordered(retrievers);
    }
  }

  /** Hits@1, @5, @10 and MRR@10 over the questions with gold. */
  public record Hits(int questions, @JsonProperty("hits_at_1") double hitsAt1,
      @JsonProperty("hits_at_5") double hitsAt5, @JsonProperty("hits_at_10") double hitsAt10,
      @JsonProperty("mrr_at_10") double mrrAt10) {}

  /**
   * Plain LangChain4j's {@code InMemoryEmbeddingStore} in its own JVM: which store, the heap it was
   * given, load seconds, heap and resident megabytes, search latency given the query vector, recall@10
   * against exact search, and how much faster Newsdesk's HNSW search is (search only, and with the
   * query's embedding on both sides; how in {@code speedupBasis}).
   */
  public record ExactStore(String store, long maxHeapMb, double loadSeconds, double heapMb, double rssMb,
      Latency latency, @JsonProperty("recall_at_10") double recallAt10, double speedupVsExact,
      double speedupVsExactWithEmbedding, String speedupBasis) {}

  /**
   * {@code langchain4j-community-lucene} in its own JVM: the retriever, passages, index seconds and
   * bytes, heap megabytes, each mode's figures, and the rest of what its probe reported (settings,
   * versions) as it reported it.
   */
  public record CommunityLucene(String retriever, int passages, double indexSeconds, long indexBytes, double heapMb,
      Map<String, CommunityMode> modes, JsonNode probe) {
    public CommunityLucene {
      modes = ordered(modes);
    }
  }

  /**
   * One mode of the community retriever: what it does, its latency, queries without results, recall@10
   * against exact search, and its p50 over that of Newsdesk's counterpart (empty when there is none).
   */
  public record CommunityMode(String description, Latency latency, int emptyResults,
      @JsonProperty("recall_at_10_vs_exact") double recallAt10VsExact, Optional<String> newsdeskCounterpart,
      Optional<Double> p50VsNewsdesk) {}

  /**
   * The SolrCloud backend on the same corpus and questions, in a local cluster in this JVM: its layout, seconds
   * to start it and create the collection, ingest, each retriever's latency, hybrid p50 over the embedded
   * index's, recall@10 of the vector retriever against exact search (as {@code vector_retriever_recall_at_10}
   * for the embedded index), quality as for the embedded index, and the run that lost a node.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record SolrCloud(int nodes, int shards, int replicas, double startSeconds, Ingest ingest,
      Map<String, Latency> retrieval, double hybridP50VsEmbedded,
      @JsonProperty("vector_retriever_recall_at_10") double vectorRetrieverRecallAt10, Optional<Quality> quality,
      NodeLoss nodeLoss) {
    public SolrCloud {
      retrieval = ordered(retrieval);
    }
  }

  /**
   * Questions asked with the hybrid retriever while one node was stopped: how many, after how many of them the
   * stop began, which node, nodes left running, questions that failed and that found nothing, the first failures.
   */
  public record NodeLoss(int questions, int stopAfter, String stoppedNode, int nodesRunning, int failed,
      int emptyResults, List<String> firstFailures) {
    public NodeLoss {
      firstFailures = List.copyOf(firstFailures);
    }
  }
}
