package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The retriever: reads each candidate source (BM25, vectors) to a depth, fuses them by reciprocal
 * rank, favours articles published shortly before the as-of instant, and keeps the top varied.
 *
 * <p>Every search has an as-of instant (now unless the request names one); nothing published after
 * it is seen. The retriever reads no language: the dates it searches are the request's own (see
 * {@link DateWidening} and the answering pipeline's query planner for time expressions).
 *
 * <p>The same for every engine: the archive's {@link SearchView} supplies ranked candidates and
 * stored passages; fusion, recency and diversity happen here.
 *
 * <p>An index that does not exist yet is a {@link RetrievalException}, never an empty result.
 */
public final class HybridRetriever implements Retriever {

  private final NewsIndex index;
  private final List<CandidateSource> sources;
  private final List<Double> weights;
  private final RankingSettings settings;
  private final Clock clock;
  private final Diversity diversity = new Diversity(0.6);
  private final double totalWeight;

  /** Runs the second source of a hybrid search beside the first; daemon threads, never blocking exit. */
  private static final Executor PARALLEL = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "newsdesk-search");
    thread.setDaemon(true);
    return thread;
  });

  public HybridRetriever(
      NewsIndex index,
      List<CandidateSource> sources,
      List<Double> weights,
      RankingSettings settings,
      Clock clock) {
    if (sources.isEmpty() || sources.size() != weights.size()) {
      throw new IllegalArgumentException("one weight per source, and at least one source");
    }
    this.index = index;
    this.sources = List.copyOf(sources);
    this.weights = List.copyOf(weights);
    this.settings = settings;
    this.clock = clock;
    this.totalWeight = weights.stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The names of the sources, joined: {@code bm25+vector}. */
  public String mode() {
    return String.join("+", sources.stream().map(CandidateSource::name).toList());
  }

  @Override
  public List<RetrievedPassage> retrieve(SearchRequest request) {
    Instant asOf = request.asOf().orElseGet(clock::instant);
    SearchRequest dated = request.withAsOf(Optional.of(asOf));
    return index.searching().inView(view -> rank(view, dated, asOf)).orElseThrow(this::noIndex);
  }

  @Override
  public List<RetrievedPassage> newest(SearchRequest request) {
    SearchRequest dated = request.withAsOf(Optional.of(request.asOf().orElseGet(clock::instant)));
    return index.searching().inView(view -> {
      List<RetrievedPassage> openings = new ArrayList<>();
      for (Object candidate : view.newestOpenings(dated, request.k())) {
        openings.add(view.read(candidate, 0));
      }
      return openings;
    }).orElseThrow(this::noIndex);
  }

  private RetrievalException noIndex() {
    return new RetrievalException("there is no index at " + index.location()
        + " yet: add news with newsdesk ingest PATH|URL...");
  }

  private List<RetrievedPassage> rank(SearchView view, SearchRequest request, Instant asOf)
      throws IOException {
    List<ReciprocalRankFusion.Fused> fused =
        ReciprocalRankFusion.fuse(candidates(view, request), weights, settings.rrfK());
    Map<Object, Long> published =
        view.published(fused.stream().map(ReciprocalRankFusion.Fused::candidate).toList());
    List<ReciprocalRankFusion.Fused> ranked = new ArrayList<>(fused.size());
    for (ReciprocalRankFusion.Fused f : fused) {
      ranked.add(new ReciprocalRankFusion.Fused(
          f.candidate(), f.score() + (request.recency() ? recency(published.get(f.candidate()), asOf) : 0)));
    }
    ranked.sort(Comparator.comparingDouble(ReciprocalRankFusion.Fused::score).reversed());
    Iterator<RetrievedPassage> passages = ranked.stream().map(f -> read(view, f)).iterator();
    return diversity.select(passages, request.k(), request.maxPerArticle());
  }

  private static RetrievedPassage read(SearchView view, ReciprocalRankFusion.Fused fused) {
    try {
      return view.read(fused.candidate(), fused.score());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each source's candidates; with several sources they are read at the same time. */
  private List<List<Object>> candidates(SearchView view, SearchRequest request) throws IOException {
    int depth = Math.max(settings.depth(), request.k());
    List<CompletableFuture<List<Object>>> running = new ArrayList<>();
    for (CandidateSource source : sources.subList(1, sources.size())) {
      running.add(CompletableFuture.supplyAsync(() -> {
        try {
          return source.candidates(view, request, depth);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, PARALLEL));
    }
    List<List<Object>> lists = new ArrayList<>();
    lists.add(sources.get(0).candidates(view, request, depth));
    for (CompletableFuture<List<Object>> future : running) {
      try {
        lists.add(future.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    return lists;
  }

  /**
   * The recency prior, scaled by the sum of the source weights so that one setting means the same
   * whether one ranking or two are fused.
   */
  private double recency(Long publishedMillis, Instant asOf) {
    if (settings.recencyWeight() == 0 || publishedMillis == null) {
      return 0;
    }
    double ageDays = Math.max(0, (asOf.toEpochMilli() - publishedMillis) / 86_400_000.0);
    return settings.recencyWeight() * totalWeight / (settings.rrfK() + 1)
        * Math.pow(0.5, ageDays / settings.recencyHalfLifeDays());
  }
}
