package dev.newsdesk.bot.feeds;

import dev.newsdesk.retrieval.ingest.FeedPoller;
import dev.newsdesk.retrieval.ingest.FeedState;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the subscribed feeds that are due, once a minute, on one background thread, so feed
 * ingest never takes a thread that answers questions; the state is saved after each round.
 */
public final class FeedScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

  private final FeedSubscriptions subscriptions;
  private final FeedPoller poller;
  private final Clock clock;
  private final Consumer<FeedPoller.Polled> observer;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "newsdesk-feeds");
    thread.setDaemon(true);
    return thread;
  });

  public FeedScheduler(FeedSubscriptions subscriptions, FeedPoller poller, Clock clock, Consumer<FeedPoller.Polled> observer) {
    this.subscriptions = subscriptions;
    this.poller = poller;
    this.clock = clock;
    this.observer = observer;
  }

  public void start() {
    timer.scheduleWithFixedDelay(this::pollDue, 0, 60, TimeUnit.SECONDS);
  }

  /**
   * Polls every feed that is due now, after taking in feeds added or removed from the command line
   * meanwhile; one feed's failure never stops the others.
   */
  public void pollDue() {
    try {
      subscriptions.refresh();
    } catch (RuntimeException e) {
      log.error("cannot read the feed list; polling the feeds known so far", e);
    }
    List<FeedState> due = subscriptions.all().stream().filter(s -> s.due(clock.instant())).toList();
    for (FeedState state : due) {
      try {
        FeedPoller.Polled polled = poller.poll(state);
        subscriptions.update(polled.state());
        observer.accept(polled);
      } catch (RuntimeException e) {
        log.error("polling {} failed", state.url(), e);
      }
    }
    if (!due.isEmpty()) {
      try {
        subscriptions.save();
      } catch (RuntimeException e) {
        log.error("cannot save the feed state", e);
      }
    }
  }

  /**
   * Stops polling: a poll in progress gets two seconds to finish, then is interrupted (its download
   * is cancelled and the feed is retried at the next start).
   */
  @Override
  public void close() {
    timer.shutdown();
    try {
      if (!timer.awaitTermination(2, TimeUnit.SECONDS)) {
        timer.shutdownNow();
        timer.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      timer.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
