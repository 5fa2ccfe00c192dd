package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.api.ApiRoutes;
import dev.newsdesk.bot.api.IngestRoute;
import dev.newsdesk.bot.api.NewsdeskMetrics;
import dev.newsdesk.bot.channel.telegram.TelegramChannel;
import dev.newsdesk.bot.config.ConfigCheck;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.feeds.FeedScheduler;
import dev.newsdesk.bot.feeds.FeedSubscriptions;
import dev.newsdesk.bot.http.InboundChannels;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk serve}: everything configured in one process — the HTTP API, Slack, Mattermost and
 * Rocket.Chat hooks, Telegram and feed polling — over one writable index, so new articles are
 * searchable as soon as they are committed. SIGTERM finishes the answers in flight and closes the
 * index cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run everything configured: HTTP API, chat channels and feed polling.")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Override
  public Integer call() throws Exception {
    NewsdeskConfig config = parent.config();
    List<String> problems = ConfigCheck.problems(config);
    if (!problems.isEmpty()) {
      throw new ConfigException(String.join("; ", problems));
    }
    ConfigCheck.warnings(config).forEach(warning -> parent.context().err().println("Warning: " + warning));
    Newsdesk newsdesk = new Newsdesk(config);
    PrintStream out = parent.context().out();
    FirstUse.indexSampleNewsIfEmpty(newsdesk, parent.context().err());
    Deque<AutoCloseable> running = new ArrayDeque<>();
    try (StopSignal stop = StopSignal.onShutdown("newsdesk-serve-shutdown");
        NewsIndex index = newsdesk.openForWriting()) {
      NewsdeskMetrics metrics = new NewsdeskMetrics(index);
      AnsweringService answering = newsdesk.answering(index, metrics);
      ApiRoutes api = new ApiRoutes(answering, newsdesk.retriever(index, config.retrieval().mode()), index, metrics,
          config.channels().api().token(), config.answer().maxQuestionLength());
      List<dev.newsdesk.bot.http.Route> routes = new java.util.ArrayList<>(api.routes());
      routes.addAll(new IngestRoute(newsdesk.ingester(index), config.channels().api().token()).routes());
      InboundChannels inbound = InboundChannels.start(config.channels(), answering, Clock.systemUTC(), routes);
      running.push(inbound);
      out.println("Newsdesk is serving " + index.articleCount() + " articles from " + config.indexPath() + ":");
      inbound.running().forEach(line -> out.println("  " + line));
      if (config.channels().telegram().enabled()) {
        TelegramChannel telegram = TelegramChannel.start(config.channels().telegram(), newsdesk.rateLimiter(), answering,
            new LatestHeadlines(index), TelegramChannel.Options.standard(), Clock.systemUTC());
        running.push(telegram);
        out.println("  Telegram as @" + telegram.botUsername());
      }
      FeedSubscriptions feeds = newsdesk.feedSubscriptions();
      if (!feeds.all().isEmpty()) {
        FeedScheduler scheduler = new FeedScheduler(feeds, newsdesk.feedPoller(index), Clock.systemUTC(), metrics::polled);
        scheduler.start();
        running.push(scheduler);
        out.println("  polling " + feeds.all().size() + " feeds every " + config.feeds().interval().toMinutes() + " min");
      }
      out.println("Press Ctrl-C to stop.");
      stop.await();
      out.println("Stopping: finishing the answers in progress…");
      closeAll(running);
    } finally {
      closeAll(running);
    }
    return 0;
  }

  /** Closes in reverse order of starting; one failure does not keep the others open. */
  private static void closeAll(Deque<AutoCloseable> running) {
    while (!running.isEmpty()) {
      try {
        running.pop().close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("while stopping", e);
      }
    }
  }
}
