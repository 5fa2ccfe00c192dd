package dev.newsdesk.bench;

import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RankingSettings;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Newsdesk's own retrievers over a benchmark index, timed and asked for the articles they find. The
 * benchmark's one door into the retriever API: what the product's retrievers are built from lives here.
 */
final class NewsdeskRetrieval {

  private final NewsIndex index;
  private final Embeddings embeddings;
  private final int k;
  private final Clock dayAfterNewest;

  /**
   * Retrieval of the top {@code k} passages over {@code index} (embedded or SolrCloud), with queries embedded by
   * {@code embeddings}, the corpus seen from {@code dayAfterNewest} (the same instant for every backend).
   */
  NewsdeskRetrieval(NewsIndex index, Embeddings embeddings, int k, Clock dayAfterNewest) {
    this.index = index;
    this.embeddings = embeddings;
    this.k = k;
    this.dayAfterNewest = dayAfterNewest;
  }

  /** Milliseconds per question of the product's retriever of {@code mode}, sorted: one warm-up round, then {@code rounds}. */
  double[] latencies(SearchMode mode, List<String> questions, int rounds) {
    Retriever retriever = asProduct(mode);
    questions.forEach(q -> retriever.retrieve(SearchRequest.of(q, k)));
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String question : questions) {
        long start = System.nanoTime();
        retriever.retrieve(SearchRequest.of(question, k));
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /**
   * The articles of the top k passages per question on the baselines' footing, which know nothing of
   * dates: no as-of, no recency prior and no reading of "this week" (the retriever reads no time
   * expression; only the answering pipeline's planner does).
   */
  List<List<String>> sameFooting(SearchMode mode, List<String> questions) {
    RankingSettings timeless = RankingSettings.DEFAULT.withRecency(0, RankingSettings.DEFAULT.recencyHalfLifeDays());
    Retriever retriever = Retrievers.create(index, Optional.of(embeddings), mode, timeless, dayAfterNewest);
    List<List<String>> found = new ArrayList<>();
    for (String question : questions) {
      found.add(articles(retriever, SearchRequest.of(question, k)));
    }
    return found;
  }

  /**
   * The articles of the top k passages of hybrid retrieval as the product runs it for a question asked
   * on its date: news published later is hidden and recency counts from that day (what {@code newsdesk
   * eval} measures). {@code asked} holds one instant (or none) per question.
   */
  List<List<String>> asAsked(List<String> questions, List<Optional<Instant>> asked) {
    Retriever retriever = asProduct(SearchMode.HYBRID);
    List<List<String>> found = new ArrayList<>();
    for (int q = 0; q < questions.size(); q++) {
      found.add(articles(retriever, SearchRequest.of(questions.get(q), k).withAsOf(asked.get(q))));
    }
    return found;
  }

  /**
   * The top k passages of the vector retriever per question on the baselines' footing (no recency), as passage
   * numbers ({@code firstPassage} of the article plus the ordinal), to set against exact search.
   */
  List<int[]> vectorPassages(List<String> questions, Map<String, Integer> firstPassage) {
    RankingSettings timeless = RankingSettings.DEFAULT.withRecency(0, RankingSettings.DEFAULT.recencyHalfLifeDays());
    Retriever retriever = Retrievers.create(index, Optional.of(embeddings), SearchMode.VECTOR, timeless, dayAfterNewest);
    List<int[]> found = new ArrayList<>();
    for (String question : questions) {
      found.add(retriever.retrieve(SearchRequest.of(question, k)).stream()
          .mapToInt(p -> firstPassage.get(p.articleId()) + p.ordinal()).toArray());
    }
    return found;
  }

  /** The product's retriever of {@code mode}: default ranking, recency counted from the corpus's end. */
  Retriever asProduct(SearchMode mode) {
    return Retrievers.create(index, Optional.of(embeddings), mode, RankingSettings.DEFAULT, dayAfterNewest);
  }

  private static List<String> articles(Retriever retriever, SearchRequest request) {
    return retriever.retrieve(request).stream().map(RetrievedPassage::articleId).toList();
  }

  /** The day after the newest article, so the whole corpus is past news and recency counts from its end. */
  static Clock dayAfterNewest(LuceneIndex index) {
    long newest = index.search(searcher -> LuceneIndex.newestPublished(searcher.getIndexReader()).orElse(0L)).orElse(0L);
    return Clock.fixed(Instant.ofEpochMilli(newest).plus(Duration.ofDays(1)), ZoneOffset.UTC);
  }
}
