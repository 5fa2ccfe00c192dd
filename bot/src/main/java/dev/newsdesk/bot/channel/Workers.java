package dev.newsdesk.bot.channel;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** How a channel stops the threads that write its replies. */
public final class Workers {

  private Workers() {}

  /**
   * Takes no new work, lets the replies being written finish for up to {@code grace}, then
   * interrupts what is left. An interrupt of the caller interrupts the workers at once and is
   * kept on the caller's thread.
   */
  public static void stop(ExecutorService workers, Duration grace) {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
