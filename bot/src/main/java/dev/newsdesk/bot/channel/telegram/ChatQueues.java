package dev.newsdesk.bot.channel.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a bounded pool of workers, one chat's work strictly in arrival order and different
 * chats side by side, so one slow answer never holds up another chat.
 */
final class ChatQueues implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

  private final ExecutorService workers;
  private final int maxPending;
  private final AtomicInteger pending = new AtomicInteger();
  private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  ChatQueues(int workers, int maxPending) {
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, "telegram-worker-" + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.maxPending = maxPending;
  }

  /** Queues work for a chat; false when too much work is already waiting (the caller says so). */
  boolean submit(long chatId, Runnable work) {
    if (pending.incrementAndGet() > maxPending) {
      pending.decrementAndGet();
      return false;
    }
    Runnable guarded = () -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        log.error("work for chat {} failed", chatId, e);
      } finally {
        pending.decrementAndGet();
      }
    };
    CompletableFuture<Void> next = tails.compute(chatId, (id, tail) -> tail == null
        ? CompletableFuture.runAsync(guarded, workers)
        : tail.exceptionally(failure -> null).thenRunAsync(guarded, workers));
    next.whenComplete((ok, failure) -> tails.remove(chatId, next));
    return true;
  }

  /** Stops taking work and waits for queued work to finish, up to the grace period. */
  void shutdown(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    while (pending.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    workers.shutdownNow();
    try {
      workers.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ZERO);
  }
}
