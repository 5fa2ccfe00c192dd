package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.util.EnumSet;
import java.util.List;
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
    if (!config.channels().telegram().enabled()) {
      throw new ConfigException("set TELEGRAM_BOT_TOKEN (telegram.token) to the token BotFather gave your bot"
          + " (see docs/telegram.md)");
    }
    Newsdesk newsdesk = new Newsdesk(config);
    try (StopSignal stop = StopSignal.onShutdown("newsdesk-telegram-shutdown");
        NewsIndex index = newsdesk.openForReading()) {
      EmptyIndexNotice.warnIfEmpty(index, context.err());
      try (InboundChannels channel = newsdesk.startChannels(newsdesk.answering(index), index,
          EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of())) {
        context.err().printf("Newsdesk is answering: %s. Press Ctrl-C to stop.%n", String.join(", ", channel.running()));
        stop.await();
        context.err().println("Stopping: finishing the answers under way…");
      }
    }
    return 0;
  }
}
