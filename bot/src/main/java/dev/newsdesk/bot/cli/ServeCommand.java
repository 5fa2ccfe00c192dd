package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.api.ApiRoutes;
import dev.newsdesk.bot.api.IngestRoute;
import dev.newsdesk.bot.api.NewsdeskMetrics;
import dev.newsdesk.bot.http.Route;
import java.util.ArrayList;
import dev.newsdesk.bot.config.ConfigCheck;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.feeds.FeedScheduler;
import dev.newsdesk.bot.feeds.FeedSubscriptions;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk serve}: everything configured in one process — the HTTP API, Slack, Mattermost and
 * Rocket.Chat hooks, Telegram and feed polling — over one writable index, so new articles are
 * searchable as soon as they are committed. SIGTERM finishes the answers in flight and closes the
 * index cleanly. An empty index is reported, never filled with the sample news.
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
    try (StopSignal stop = StopSignal.onShutdown("newsdesk-serve-shutdown");
        NewsIndex index = newsdesk.openForWriting()) {
      EmptyIndexNotice.warnIfEmpty(index, parent.context().err());
      NewsdeskMetrics metrics = new NewsdeskMetrics(index);
      AnsweringService answering = newsdesk.answering(index, metrics);
      ApiRoutes api = new ApiRoutes(answering, newsdesk.search(index), index, metrics,
          config.channels().api().token(), config.answer().maxQuestionLength());
      List<Route> routes = new ArrayList<>(api.routes());
      routes.addAll(new IngestRoute(newsdesk.ingester(index), config.channels().api().token()).routes());
      try (InboundChannels inbound = newsdesk.startChannels(answering, index,
              EnumSet.allOf(InboundChannels.Kind.class), routes);
          AutoCloseable feeds = pollFeeds(newsdesk, index, metrics, out)) {
        out.println("Newsdesk is serving " + index.articleCount() + " articles from " + config.indexLocation()
            + inbound.port().map(port -> " at http://" + config.channels().http().host() + ":" + port).orElse("") + ":");
        inbound.running().forEach(line -> out.println("  " + line));
        out.println("Press Ctrl-C to stop.");
        stop.await();
        out.println("Stopping: finishing the answers in progress…");
      }
    }
    return 0;
  }

  /**
   * Starts polling the subscribed feeds, even when there are none yet: each round takes in the feeds
   * that {@code newsdesk feeds add} saved while the service runs.
   */
  private static AutoCloseable pollFeeds(Newsdesk newsdesk, NewsIndex index, NewsdeskMetrics metrics, PrintStream out) {
    FeedSubscriptions feeds = newsdesk.feedSubscriptions();
    FeedScheduler scheduler = new FeedScheduler(feeds, newsdesk.feedPoller(index), newsdesk.clock(), metrics::polled);
    scheduler.start();
    out.println("  polling " + feeds.all().size() + " feeds every "
        + newsdesk.config().feeds().interval().toMinutes() + " min");
    return scheduler;
  }
}
