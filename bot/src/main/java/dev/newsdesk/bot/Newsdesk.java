package dev.newsdesk.bot;

import dev.newsdesk.bot.answer.AnswerObserver;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Composer;
import dev.newsdesk.bot.answer.ExtractiveComposer;
import dev.newsdesk.bot.answer.LlmComposer;
import dev.newsdesk.bot.answer.NewsSearch;
import dev.newsdesk.bot.answer.QueryPlanner;
import dev.newsdesk.bot.answer.TermSimilarity;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import dev.newsdesk.retrieval.search.TimeExpressions;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.conversation.ConversationMemory;
import dev.newsdesk.bot.conversation.FollowUpRewriter;
import dev.newsdesk.bot.conversation.HeuristicRewriter;
import dev.newsdesk.bot.conversation.ModelRewriter;
import dev.newsdesk.bot.model.ChatModels;
import dev.newsdesk.bot.model.ModelCall;
import dev.newsdesk.bot.config.ModelSettings;
import dev.newsdesk.bot.model.Prompts;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.chunk.PassageSplitter;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.solr.SolrIndex;
import dev.newsdesk.bot.feeds.FeedSubscriptions;
import dev.newsdesk.retrieval.ingest.AddressPolicy;
import dev.newsdesk.retrieval.ingest.FeedPoller;
import dev.newsdesk.retrieval.ingest.CommitHook;
import dev.newsdesk.retrieval.ingest.Ingester;
import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.bot.feedback.FeedbackStore;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.bot.watch.Briefings;
import dev.newsdesk.bot.watch.Watch;
import dev.newsdesk.bot.watch.WatchCommands;
import dev.newsdesk.bot.watch.WatchDatabase;
import dev.newsdesk.retrieval.ingest.InputLoader;
import dev.newsdesk.retrieval.ingest.UrlFetcher;
import dev.newsdesk.retrieval.search.HybridRetriever;
import dev.newsdesk.retrieval.search.Retrievers;
import dev.newsdesk.retrieval.search.SearchMode;
import dev.newsdesk.retrieval.search.TermWeights;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place that wires Newsdesk's parts together from the configuration; the embedding model
 * is loaded once, on first need.
 */
public final class Newsdesk {

  /** How often the watch's background thread looks for work besides being woken by commits. */
  static final Duration WATCH_ROUND = Duration.ofSeconds(1);

  private final NewsdeskConfig config;
  private final Clock clock;
  private Optional<Embeddings> embeddings;
  private RateLimiter chatRateLimiter;
  private Optional<TermSimilarity> termSimilarity;
  private Watch watch;

  public Newsdesk(NewsdeskConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Newsdesk on the system clock (UTC). */
  public Newsdesk(NewsdeskConfig config) {
    this(config, Clock.systemUTC());
  }

  public NewsdeskConfig config() {
    return config;
  }

  /**
   * Opens the configured index for ingesting with the configured embedding model: the embedded one,
   * or the SolrCloud collection ({@code index.backend}); an index of another model is refused.
   */
  public NewsIndex openForWriting() {
    EmbeddingRecord record = embeddingRecord();
    if (config.backend().embedded()) {
      return NewsIndex.openForWriting(config.indexPath(), record);
    }
    SolrIndex index = SolrIndex.open(config.backend().solr().orElseThrow());
    try {
      index.requireEmbedding(record);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return index;
  }

  /** Opens the configured index for searching (the embedded one may not exist yet). */
  public NewsIndex openForReading() {
    return config.backend().embedded() ? NewsIndex.openForReading(config.indexPath())
        : SolrIndex.open(config.backend().solr().orElseThrow());
  }

  /** The embedding model's name and dimension as an index records them ({@code none} without a model). */
  public EmbeddingRecord embeddingRecord() {
    return embeddings().map(e -> new EmbeddingRecord(e.name(), e.dimension())).orElse(EmbeddingRecord.NONE);
  }

  /**
   * The ingest pipeline writing into the given (writable) index; into the configured index, it tells
   * the watch ({@link #watch()}) which articles each commit adds, so they can alert.
   */
  public Ingester ingester(NewsIndex index) {
    boolean configured = config.backend().solr().isPresent() ? index.location().equals(config.indexLocation())
        : Path.of(index.location()).toAbsolutePath().normalize().equals(config.indexPath().toAbsolutePath().normalize());
    return new Ingester(index, inputLoader(), Readers::read, new PassageSplitter(), embeddings(),
        config.ingest().maxEmbeddedPassages(), configured ? watch().inbox() : CommitHook.NONE);
  }

  /** The watch database beside the configured index: {@code <index>-watch.db}. */
  public Path watchDatabaseFile() {
    Path index = config.indexPath().toAbsolutePath();
    return index.resolveSibling(index.getFileName() + "-watch.db");
  }

  /**
   * Followed topics, alerts, briefings and feedback over the watch database, opened once on first
   * use (its background work starts with {@link #startWatch}).
   */
  public synchronized Watch watch() {
    if (watch == null || watch.closed()) {
      NewsdeskConfig.Alerts alerts = config.alerts();
      watch = new Watch(WatchDatabase.open(watchDatabaseFile()), clock, new Watch.Settings(alerts.minCoverage(),
          alerts.maxPerHour(), alerts.batch(), alerts.maxAge(), WATCH_ROUND));
    }
    return watch;
  }

  /** Starts matching new articles of the index against followed topics, delivering, and scheduled briefings. */
  public Watch startWatch(NewsIndex index) {
    Watch started = watch();
    started.start(retriever(index, config.retrieval().mode()), index::analyze, index::holds,
        new StoryGrouping(), briefings(index));
    return started;
  }

  /** The briefing composer over the index, with the configured number of stories. */
  public Briefings briefings(NewsIndex index) {
    HybridRetriever retriever = retriever(index, config.retrieval().mode());
    LatestHeadlines latest = new LatestHeadlines(index);
    java.util.function.Function<Briefings.Day, List<RetrievedPassage>> top = day -> latest.latest(200).stream()
        .filter(h -> h.published().filter(p -> !p.isBefore(day.from()) && !p.isAfter(day.to())).isPresent())
        .limit(60)
        .flatMap(h -> retriever.retrieve(SearchRequest.of(h.title(), 5)
                .withDateRange(Optional.of(day.from()), Optional.of(day.to()))
            // one outlet at a time: retrieval collapses syndicated copies, and each copy counts as an outlet
            .withOutlets(h.outlet().isBlank() ? java.util.Set.of() : java.util.Set.of(h.outlet())))
            .stream().filter(p -> p.articleId().equals(h.articleId())).limit(1))
        .toList();
    return new Briefings(retriever, top, index::analyze, config.alerts().minCoverage(),
        new StoryGrouping(), clock, config.alerts().briefingStories());
  }

  /** The votes on answers, in the watch database. */
  public FeedbackStore feedback() {
    return new FeedbackStore(watch().database());
  }

  /** The follow, unfollow and briefing commands of the chat channels. */
  public WatchCommands watchCommands(NewsIndex index) {
    return new WatchCommands(watch().subscriptions(), briefings(index), config.alerts().briefingZone(), clock);
  }


  /**
   * How inputs (files, folders, web addresses) are loaded for ingest, within the configured size
   * limit and fetch timeout; {@code ingest --dry-run} reads through the same loader.
   */
  public InputLoader inputLoader() {
    return new InputLoader(config.ingest().maxFileBytes(),
        new UrlFetcher(Duration.ofSeconds(config.ingest().fetchTimeoutSeconds())));
  }

  /** The feed subscriptions of this index, kept beside it ({@code <index>-feeds.json}). */
  public FeedSubscriptions feedSubscriptions() {
    Path index = config.indexPath().toAbsolutePath();
    return FeedSubscriptions.load(index.resolveSibling(index.getFileName() + "-feeds.json"), config.feeds().urls());
  }

  /** Polls feeds into the given (writable) index. */
  public FeedPoller feedPoller(NewsIndex index) {
    // item links come from the feed, not the operator: private addresses only when allowed
    AddressPolicy items = config.feeds().allowPrivateAddresses() ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY;
    return new FeedPoller(ingester(index), new UrlFetcher(Duration.ofSeconds(config.ingest().fetchTimeoutSeconds()), items),
        config.feeds().interval(), Duration.ofSeconds(config.ingest().fetchTimeoutSeconds()),
        config.ingest().maxFileBytes(), clock);
  }

  /** The one clock every part reads. */
  public Clock clock() {
    return clock;
  }

  /** The per-user rate limit of every chat channel (keys carry the platform), built once. */
  public synchronized RateLimiter chatRateLimiter() {
    if (chatRateLimiter == null) {
      chatRateLimiter = new RateLimiter(config.channels().rateLimit().perMinute(),
          config.channels().rateLimit().burst(), clock);
    }
    return chatRateLimiter;
  }

  /** The configured retriever over the index, in the given mode. */
  public HybridRetriever retriever(NewsIndex index, SearchMode mode) {
    Optional<Embeddings> model = index.embedding().hasVectors() ? embeddings() : Optional.empty();
    return Retrievers.create(index, model, mode, config.retrieval().ranking(), clock);
  }

  /** Plans questions with the given follow-up rewriter (time expressions read in UTC). */
  public QueryPlanner planner(FollowUpRewriter rewriter) {
    return new QueryPlanner(rewriter, new TimeExpressions(ZoneOffset.UTC), clock, config.retrieval().passages(),
        config.retrieval().maxPassagesPerArticle());
  }

  /** Searching without answering, with the question pipeline's time scope (the search API). */
  public NewsSearch search(NewsIndex index) {
    return search(index, config.retrieval().mode());
  }

  /** As {@link #search(NewsIndex)}, in the given mode (evaluation compares modes). */
  public NewsSearch search(NewsIndex index, SearchMode mode) {
    return new NewsSearch(planner(heuristicRewriter()), retriever(index, mode));
  }

  /**
   * The answering service over the index: the configured language model with the extractive
   * composer as its fallback, or the extractive composer alone.
   */
  public AnsweringService answering(NewsIndex index) {
    return answering(index, AnswerObserver.NONE);
  }

  /** The configured answering service, reporting each answer to the observer (metrics). */
  public AnsweringService answering(NewsIndex index, AnswerObserver observer) {
    ModelSettings model = config.model();
    return answering(index, model.usesModel() ? Optional.of(ChatModels.create(model)) : Optional.empty(), observer);
  }

  /** The answering service with the given chat models, or the extractive composer alone. */
  public AnsweringService answering(NewsIndex index, Optional<ChatModels.Pair> models) {
    return answering(index, models, AnswerObserver.NONE);
  }

  /** The follow-up rewriter without a model, told by WordNet which words name things ("whale", not "people"). */
  private static FollowUpRewriter heuristicRewriter() {
    dev.newsdesk.bot.answer.WordSenses senses = dev.newsdesk.bot.answer.WordSenses.shared();
    return new HeuristicRewriter(word -> senses.isThing(word) && !senses.isAnyPerson(word));
  }

  private AnsweringService answering(NewsIndex index, Optional<ChatModels.Pair> models, AnswerObserver observer) {
    ExtractiveComposer extractive = new ExtractiveComposer(
        new TermWeights(index), termSimilarity(), config.answer().minCoverage(), config.answer().maxSentences());
    Composer composer = extractive;
    FollowUpRewriter rewriter = heuristicRewriter();
    if (models.isPresent()) {
      ModelSettings model = config.model();
      ModelCall call = new ModelCall(model.maxRetries(), Duration.ofMillis(500), model.timeout());
      Prompts prompts = Prompts.load(model.promptsDir());
      composer = new LlmComposer(models.get().chat(), models.get().streaming(), call, prompts, extractive);
      rewriter = new ModelRewriter(models.get().chat(), call, prompts, rewriter);
    }
    return new AnsweringService(planner(rewriter), retriever(index, config.retrieval().mode()), composer,
        new ConversationMemory(8, 2000, Duration.ofMinutes(30), clock), config.answer().maxQuestionLength(), observer);
  }

  /**
   * Story timelines over the index: the question pipeline's planner and configured retriever, with
   * the extractive composer quoting one sentence per development.
   */
  public StoryTimelines timelines(NewsIndex index) {
    TermWeights weights = new TermWeights(index);
    ExtractiveComposer quoter = new ExtractiveComposer(weights, termSimilarity(), config.answer().minCoverage(), 1);
    return new StoryTimelines(planner(heuristicRewriter()), retriever(index, config.retrieval().mode()), quoter,
        weights, config.answer().maxQuestionLength());
  }

  /**
   * Starts the configured channels of the given kinds over the answering service, with {@code
   * extraRoutes} on the HTTP server (the API); see {@link InboundChannels}.
   */
  public InboundChannels startChannels(AnsweringService answering, NewsIndex index, Set<InboundChannels.Kind> kinds,
      List<Route> extraRoutes) {
    return InboundChannels.start(this, answering, new LatestHeadlines(index), timelines(index), kinds, extraRoutes,
        index);
  }

  /**
   * The word model the extractive composer matches meanings with (all-MiniLM-L6-v2, in-process),
   * loaded once on first use; empty when embeddings are configured off ({@code embedding.provider:
   * none}), so that such a setup stays purely lexical.
   */
  public synchronized Optional<TermSimilarity> termSimilarity() {
    if (termSimilarity == null) {
      termSimilarity = config.embedding().provider().equalsIgnoreCase(EmbeddingModels.NONE)
          ? Optional.empty()
          : EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.MINILM)).map(TermSimilarity::new);
    }
    return termSimilarity;
  }

  /** The configured embedding model, loaded on first use; empty when configured as none. */
  public synchronized Optional<Embeddings> embeddings() {
    if (embeddings == null) {
      try {
        embeddings = EmbeddingModels.create(config.embedding());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("embedding.provider: " + e.getMessage(), e);
      }
    }
    return embeddings;
  }
}
