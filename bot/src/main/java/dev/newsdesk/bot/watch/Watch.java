package dev.newsdesk.bot.watch;

import dev.newsdesk.bot.story.StoryArticle;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.retrieval.search.Retriever;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Followed topics at work: the ingest's commit hook fills the inbox; one background thread matches
 * the inbox against the followed topics (woken by each commit), delivers the outbox through the
 * channels registered with {@link #deliverThrough}, and sends the scheduled briefings when due.
 * Matching and delivery never run on the ingest path.
 */
public final class Watch implements AutoCloseable {

  /** How the parts run: the round interval of the background thread, and how many articles one match takes. */
  public record Settings(double minCoverage, int maxPerHour, Duration batch, Duration maxAge, Duration round) {}

  private static final Logger log = LoggerFactory.getLogger(Watch.class);
  private static final int MATCH_BATCH = 500;
  /**
   * How long the matcher waits for a pause in commits before it matches: a bulk ingest commits every
   * few hundred milliseconds and keeps both cores busy, and the matcher should not take one of them.
   */
  static final Duration QUIET = Duration.ofSeconds(2);
  /** The longest the matcher yields to a running ingest before it matches a batch anyway. */
  static final Duration MAX_YIELD = Duration.ofSeconds(20);
  private static final long NONE = Long.MIN_VALUE;
  /** How long a story's alert keeps its later copies from alerting again. */
  private static final Duration STORY_MEMORY = Duration.ofDays(3);

  private final WatchDatabase db;
  private final Subscriptions subscriptions;
  private final AlertInbox inbox;
  private final Outbox outbox;
  private final Map<Subscriber.Kind, AlertSender> senders = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Settings settings;
  private volatile AlertDelivery.DeliveryObserver observer = AlertDelivery.DeliveryObserver.NONE;
  private ScheduledExecutorService thread;
  private Runnable round = () -> { };
  private boolean closed;
  private StoryGrouping stories = new StoryGrouping();
  private volatile AlertMatcher matcher;
  /** {@link System#nanoTime} of the last commit, and of the first commit the matcher has yielded to since it last matched. */
  private volatile long lastCommit = NONE;
  private volatile long yieldingSince = NONE;

  /**
   * What matching cost since {@link #start}: batches of new articles matched, distinct followed topics
   * summed over those batches (the searches matching without a pre-filter would run), and the
   * searches run (topics some batch article could match; {@link AlertMatcher}).
   */
  public record MatchingCost(long batches, long topics, long searches) {}

  public Watch(WatchDatabase db, Clock clock, Settings settings) {
    this.db = db;
    this.clock = clock;
    this.settings = settings;
    this.subscriptions = new Subscriptions(db, clock);
    this.outbox = new Outbox(db);
    this.inbox = new AlertInbox(db, clock, settings.maxAge(), this::committed);
  }

  /** The commit hook every ingester of the index is built with. */
  public AlertInbox inbox() {
    return inbox;
  }

  public Subscriptions subscriptions() {
    return subscriptions;
  }

  public WatchDatabase database() {
    return db;
  }

  /** Delivers notices to subscribers of this kind through the sender (a running channel). */
  public void deliverThrough(Subscriber.Kind kind, AlertSender sender) {
    senders.put(kind, sender);
    wake();
  }

  /** Reports each delivered alert item (benchmarks measure latency with it). */
  public void observeDeliveries(AlertDelivery.DeliveryObserver observer) {
    this.observer = observer;
  }

  /**
   * Starts matching and delivering on a background thread: first settles what a crash left uncertain
   * (articles staged but perhaps not committed), then runs a round every {@code settings.round()}
   * and whenever a commit wakes it.
   *
   * @param retriever the retrieval questions use (any backend)
   * @param analyzer the index's analysis of text into terms
   * @param inIndex whether the index holds an article id
   * @param stories tells copies of one story apart from other stories (an alert per story)
   * @param briefings composes the scheduled briefings, sent when due
   */
  public synchronized void start(Retriever retriever, Function<String, List<String>> analyzer, Predicate<String> inIndex,
      StoryGrouping stories, Briefings briefings) {
    if (thread != null) {
      return;
    }
    inbox.recover(inIndex);
    AlertMatcher matcher = new AlertMatcher(retriever, analyzer, settings.minCoverage(), stories);
    this.matcher = matcher;
    this.stories = stories;
    AlertDelivery delivery = new AlertDelivery(outbox, subscriptions, senders, clock, settings.batch(),
        settings.maxPerHour(), (to, created, at) -> observer.delivered(to, created, at));
    thread = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread t = new Thread(task, "newsdesk-watch");
      t.setDaemon(true);
      return t;
    });
    BriefingSchedule schedule = new BriefingSchedule(subscriptions, briefings, senders, clock);
    round = () -> round(matcher, delivery, schedule);
    thread.scheduleWithFixedDelay(round, 0, settings.round().toMillis(), TimeUnit.MILLISECONDS);
  }

  private void round(AlertMatcher matcher, AlertDelivery delivery, Runnable briefings) {
    try {
      matchWaiting(matcher, this::yieldToIngest);
      delivery.deliverDue();
      briefings.run();
    } catch (RuntimeException e) {
      log.error("alert round failed; trying again next round", e);
    }
  }

  /**
   * Matches the waiting articles batch by batch until none wait or {@code yieldNow} says an ingest is
   * running; then a round after {@link #QUIET} goes on.
   */
  private void matchWaiting(AlertMatcher matcher, java.util.function.BooleanSupplier yieldNow) {
    while (true) {
      if (yieldNow.getAsBoolean()) {
        runRound(QUIET);
        return;
      }
      List<NewArticle> batch = inbox.waiting(MATCH_BATCH);
      if (batch.isEmpty()) {
        yieldingSince = NONE;
        return;
      }
      matchBatch(matcher, batch);
      yieldingSince = lastCommit == NONE ? NONE : System.nanoTime();
    }
  }

  /**
   * Matches one batch; its alerts and the batch's removal from the inbox are one transaction. What
   * each matched subscriber was alerted to lately is read before it, one short transaction per
   * subscriber, so the write holds the database (which the ingest's commit hook waits for) only to
   * insert: the outbox is written by this thread alone, and matches of one batch belong to stories
   * that are not copies of each other.
   */
  private void matchBatch(AlertMatcher matcher, List<NewArticle> batch) {
    List<Subscription> active = subscriptions.active();
    List<AlertMatcher.Match> matches = active.isEmpty() ? List.of() : matcher.match(batch, active);
    Instant now = clock.instant();
    Map<Subscriber, List<StoryArticle>> recent = new HashMap<>();
    List<AlertMatcher.Match> fresh = new ArrayList<>();
    for (AlertMatcher.Match m : matches) {
      List<StoryArticle> earlier = recent.computeIfAbsent(m.subscriber(),
          to -> db.transaction(c -> Outbox.recent(c, to, now.minus(STORY_MEMORY))));
      // another copy of a story the subscriber was alerted to (or is about to be) recently
      if (!stories.sameStoryAsAny(m.article().forGrouping(), earlier)) {
        fresh.add(m);
      }
    }
    List<NewArticle> done = batch;
    db.transaction(c -> {
      for (AlertMatcher.Match m : fresh) {
        Outbox.add(c, m.subscriber(), m.story(), m.article(), m.item(), now);
      }
      AlertInbox.remove(c, done);
      return null;
    });
    log.debug("matched {} new articles against {} topics: {} alerts", batch.size(), active.size(), matches.size());
  }


  /** The ingest committed: remember when, and wake the matcher (which may yield to the ingest, see {@link #QUIET}). */
  private void committed() {
    long now = System.nanoTime();
    lastCommit = now;
    if (yieldingSince == NONE) {
      yieldingSince = now;
    }
    wake();
  }

  /** Whether a commit came less than {@link #QUIET} ago and the matcher has yielded for less than {@link #MAX_YIELD}. */
  private boolean yieldToIngest() {
    long now = System.nanoTime();
    long since = yieldingSince;
    return lastCommit != NONE && now - lastCommit < QUIET.toNanos() && since != NONE && now - since < MAX_YIELD.toNanos();
  }

  private void wake() {
    runRound(Duration.ZERO);
  }

  /** Runs a round on the watch thread after the delay (now for zero), unless the watch is stopped. */
  private void runRound(Duration delay) {
    ScheduledExecutorService running;
    Runnable task;
    synchronized (this) {
      running = thread;
      task = round;
    }
    if (running != null && !running.isShutdown()) {
      try {
        if (delay.isZero()) {
          running.execute(task);
        } else {
          running.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (java.util.concurrent.RejectedExecutionException e) {
        log.debug("watch stopping; the next start matches what is waiting");
      }
    }
  }

  /** What matching cost since the last {@link #start}; zeros before it. */
  public MatchingCost matchingCost() {
    AlertMatcher running = matcher;
    if (running == null) {
      return new MatchingCost(0, 0, 0);
    }
    AlertMatcher.Searches s = running.searches();
    return new MatchingCost(s.batches(), s.topics(), s.retrievals());
  }

  /** Whether {@link #close} ran. */
  public synchronized boolean closed() {
    return closed;
  }

  /** Stops the background thread (a round in progress finishes); {@link #start} may start it again. */
  public synchronized void stop() {
    if (thread != null) {
      thread.shutdown();
      try {
        thread.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
      senders.clear();
    }
  }

  /** Stops the background thread and closes the database. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stop();
    db.close();
  }
}
