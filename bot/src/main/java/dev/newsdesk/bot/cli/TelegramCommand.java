package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.channel.telegram.TelegramChannel;
import dev.newsdesk.bot.channel.telegram.TelegramException;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk telegram}: answers in Telegram by long polling until Ctrl-C or SIGTERM, then stops cleanly. */
@Command(
    name = "telegram",
    mixinStandardHelpOptions = true,
    description = "Answer questions in Telegram (long polling; token from TELEGRAM_BOT_TOKEN) until Ctrl-C.")
final class TelegramCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Override
  public Integer call() throws InterruptedException {
    NewsdeskConfig config = parent.config();
    CliContext context = parent.context();
    ChannelSettings.Telegram telegram = config.channels().telegram();
    if (!telegram.enabled()) {
      context.err().println("newsdesk: set TELEGRAM_BOT_TOKEN (telegram.token) to the token BotFather gave your bot.");
      return 1;
    }
    Newsdesk newsdesk = new Newsdesk(config);
    FirstUse.indexSampleNewsIfEmpty(newsdesk, context.err());
    CountDownLatch stopRequested = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stopRequested.countDown();
      awaitQuietly(stopped);
    }, "newsdesk-telegram-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (NewsIndex index = newsdesk.openForReading();
        TelegramChannel channel = TelegramChannel.start(telegram, rateLimiter(config), newsdesk.answering(index),
            new LatestHeadlines(index), TelegramChannel.Options.standard(), Clock.systemUTC())) {
      context.err().printf("Newsdesk is answering in Telegram as @%s. Press Ctrl-C to stop.%n", channel.botUsername());
      stopRequested.await();
      context.err().println("Stopping: finishing the answers under way…");
      return 0;
    } catch (TelegramException e) {
      context.err().println("newsdesk: Telegram: " + e.getMessage());
      return 1;
    } finally {
      stopped.countDown();
      removeHook(hook);
    }
  }

  private static RateLimiter rateLimiter(NewsdeskConfig config) {
    ChannelSettings.RateLimit limit = config.channels().rateLimit();
    return new RateLimiter(limit.perMinute(), limit.burst(), Clock.systemUTC());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running and waits for us.
    }
  }
}
