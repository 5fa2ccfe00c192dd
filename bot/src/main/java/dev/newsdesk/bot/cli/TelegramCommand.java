package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.telegram.TelegramChannel;
import dev.newsdesk.bot.channel.telegram.TelegramException;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.time.Clock;
import java.util.concurrent.Callable;
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
    try (StopSignal stop = StopSignal.onShutdown("newsdesk-telegram-shutdown");
        NewsIndex index = newsdesk.openForReading();
        TelegramChannel channel = TelegramChannel.start(telegram, newsdesk.rateLimiter(), newsdesk.answering(index),
            new LatestHeadlines(index), TelegramChannel.Options.standard(), Clock.systemUTC())) {
      context.err().printf("Newsdesk is answering in Telegram as @%s. Press Ctrl-C to stop.%n", channel.botUsername());
      stop.await();
      context.err().println("Stopping: finishing the answers under way…");
      return 0;
    } catch (TelegramException e) {
      context.err().println("newsdesk: Telegram: " + e.getMessage());
      return 1;
    }
  }
}
