package dev.newsdesk.bot.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for Ctrl-C or SIGTERM and holds the JVM's shutdown until the command has closed what it
 * runs (answers in flight finish, the index is committed and closed), for at most 30 seconds.
 */
public final class StopSignal implements AutoCloseable {

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook;

  private StopSignal(String name) {
    hook = new Thread(() -> {
      requested.countDown();
      await(stopped, 30);
    }, name);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts listening for the JVM's shutdown. */
  public static StopSignal onShutdown(String name) {
    return new StopSignal(name);
  }

  /** Blocks until a stop is requested. */
  public void await() throws InterruptedException {
    requested.await();
  }

  /** The command has stopped: the JVM may exit now. */
  @Override
  public void close() {
    stopped.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down and running the hook, which now returns
    }
  }

  private static void await(CountDownLatch latch, int seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
