package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.feeds.FeedSubscriptions;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.FeedPoller;
import dev.newsdesk.retrieval.ingest.FeedState;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk feeds list|add|remove|poll}: the RSS and Atom feeds Newsdesk follows. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage and poll the feeds Newsdesk follows.",
    subcommands = {FeedsCommand.ListFeeds.class, FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.Poll.class})
final class FeedsCommand implements Runnable {

  @ParentCommand NewsdeskCommand parent;

  @Override
  public void run() {
    picocli.CommandLine.usage(this, parent.context().out());
  }

  Newsdesk newsdesk() {
    return new Newsdesk(parent.config());
  }

  PrintStream out() {
    return parent.context().out();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds and how their last poll went.")
  static final class ListFeeds implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;

    @Override
    public Integer call() {
      FeedSubscriptions subscriptions = feeds.newsdesk().feedSubscriptions();
      List<FeedState> all = subscriptions.all();
      if (all.isEmpty()) {
        feeds.out().println("No feeds. Add one with: newsdesk feeds add URL (or feeds.urls in the configuration)");
      }
      for (FeedState s : all) {
        feeds.out().printf(Locale.ROOT, "%s%s  %s%n", s.url(), subscriptions.isConfigured(s.url()) ? " (configuration)" : "",
            s.lastError().map(e -> "failing (" + s.failures() + "x): " + e).orElse(s.nextPoll().getEpochSecond() == 0
                ? "not polled yet" : "ok, next poll " + s.nextPoll()));
      }
      return 0;
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Follow one or more feeds.")
  static final class Add implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Parameters(arity = "1..*", paramLabel = "URL") List<String> urls;

    @Override
    public Integer call() {
      FeedSubscriptions subscriptions = feeds.newsdesk().feedSubscriptions();
      int status = 0;
      for (String url : urls) {
        if (!isWebAddress(url)) {
          feeds.out().println(url + ": not an http(s) address");
          status = 1;
        } else {
          feeds.out().println(url + (subscriptions.add(url) ? ": added" : ": already followed"));
        }
      }
      subscriptions.save();
      return status;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop following feeds.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;
    @Parameters(arity = "1..*", paramLabel = "URL") List<String> urls;

    @Override
    public Integer call() {
      FeedSubscriptions subscriptions = feeds.newsdesk().feedSubscriptions();
      int status = 0;
      for (String url : urls) {
        if (subscriptions.remove(url)) {
          feeds.out().println(url + ": removed");
        } else {
          feeds.out().println(url + (subscriptions.isConfigured(url) ? ": named in the configuration (feeds.urls); remove it there"
              : ": not followed"));
          status = 1;
        }
      }
      subscriptions.save();
      return status;
    }
  }

  @Command(name = "poll", mixinStandardHelpOptions = true, description = "Poll every feed now and ingest what is new.")
  static final class Poll implements Callable<Integer> {
    @ParentCommand FeedsCommand feeds;

    @Override
    public Integer call() {
      Newsdesk newsdesk = feeds.newsdesk();
      FeedSubscriptions subscriptions = newsdesk.feedSubscriptions();
      int failed = 0;
      try (NewsIndex index = newsdesk.openForWriting()) {
        FeedPoller poller = newsdesk.feedPoller(index);
        for (FeedState state : subscriptions.all()) {
          FeedPoller.Polled polled = poller.poll(state);
          subscriptions.update(polled.state());
          if (polled.state().lastError().isPresent()) {
            failed++;
            feeds.out().println(state.url() + ": failed: " + polled.state().lastError().get());
          } else {
            feeds.out().println(state.url() + ": " + polled.report().map(r -> r.added() + " added, " + r.updated()
                + " updated, " + r.unchanged() + " unchanged").orElse("not modified"));
          }
          polled.itemProblems().forEach(problem -> feeds.out().println("  " + problem));
        }
      }
      subscriptions.save();
      return failed > 0 ? 1 : 0;
    }
  }

  static boolean isWebAddress(String url) {
    try {
      URI uri = URI.create(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
