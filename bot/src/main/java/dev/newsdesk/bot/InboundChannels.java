package dev.newsdesk.bot;

import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.discord.DiscordChannel;
import dev.newsdesk.bot.channel.slack.SlackChannel;
import dev.newsdesk.bot.channel.telegram.TelegramChannel;
import dev.newsdesk.bot.channel.webhook.TeamChatHooks;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.error.StartFailure;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.bot.http.ServerLimits;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.Watch;
import dev.newsdesk.bot.watch.WatchCommands;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat channels that are running, started together from the configuration: Telegram (long
 * polling), Slack (Events API and/or Socket Mode), Discord (interactions endpoint), the Mattermost,
 * Rocket.Chat and Teams hooks, and the one HTTP server that carries the routes of Slack, Discord,
 * the hooks and any others given (the API).
 */
public final class InboundChannels implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(InboundChannels.class);

  /** Which channels a command runs. */
  public enum Kind { TELEGRAM, TEAM_CHATS }

  private final Deque<AutoCloseable> started;
  private final List<String> running;
  private final Optional<NewsdeskServer> server;

  private InboundChannels(Deque<AutoCloseable> started, List<String> running, Optional<NewsdeskServer> server) {
    this.started = started;
    this.running = List.copyOf(running);
    this.server = server;
  }

  /**
   * Starts the configured channels of the given kinds, plus {@code extraRoutes} (an API, health
   * checks); the HTTP server starts only when there is a route to serve. A channel that fails to
   * start stops those already started and its exception propagates.
   */
  static InboundChannels start(Newsdesk newsdesk, AnsweringService answering, LatestHeadlines latest,
      StoryTimelines timelines, Set<Kind> kinds, List<Route> extraRoutes, NewsIndex index) {
    NewsdeskConfig.Channels channels = newsdesk.config().channels();
    Deque<AutoCloseable> started = new ArrayDeque<>();
    List<String> running = new ArrayList<>();
    List<Route> routes = new ArrayList<>(extraRoutes);
    Optional<NewsdeskServer> server = Optional.empty();
    try {
      // the watch starts first so that it stops last: alerts are matched and delivered while channels run
      Watch watch = newsdesk.startWatch(index);
      started.push(watch::stop);
      WatchCommands commands = newsdesk.watchCommands(index);
      if (kinds.contains(Kind.TEAM_CHATS)) {
        if (channels.slack().enabled()) {
          SlackChannel slack = SlackChannel.create(channels.slack(), newsdesk.chatRateLimiter(), answering,
              timelines, newsdesk.clock(), Optional.of(commands), Optional.of(newsdesk.feedback()));
          watch.deliverThrough(Subscriber.Kind.SLACK, slack.alertSender());
          started.push(slack);
          routes.addAll(slack.routes());
          slack.start();
          if (channels.slack().socketMode()) {
            running.add("Slack Socket Mode");
          }
        }
        routes.addAll(TeamChatHooks.routes(channels.hooks(), newsdesk.chatRateLimiter(), answering));
        if (channels.discord().enabled()) {
          DiscordChannel discord = DiscordChannel.create(channels.discord(), newsdesk.chatRateLimiter(), answering,
              latest, timelines, Optional.of(commands), newsdesk.clock());
          discord.alertSender().ifPresent(sender -> watch.deliverThrough(Subscriber.Kind.DISCORD, sender));
          started.push(discord);
          routes.addAll(discord.routes());
        }
      }
      if (!routes.isEmpty()) {
        server = Optional.of(listen(channels, routes));
        started.push(server.get());
        int port = server.get().port();
        routes.forEach(route -> running.add(route.method() + " " + route.path() + " on port " + port));
      }
      if (kinds.contains(Kind.TELEGRAM) && channels.telegram().enabled()) {
        TelegramChannel telegram = TelegramChannel.start(channels.telegram(), newsdesk.chatRateLimiter(), answering,
            latest, timelines, TelegramChannel.Options.standard(), newsdesk.clock(), Optional.of(commands),
            Optional.of(newsdesk.feedback()));
        started.push(telegram);
        watch.deliverThrough(Subscriber.Kind.TELEGRAM, telegram.alertSender());
        running.add("Telegram as @" + telegram.botUsername());
      }
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
    return new InboundChannels(started, running, server);
  }

  private static NewsdeskServer listen(NewsdeskConfig.Channels channels, List<Route> routes) {
    try {
      return NewsdeskServer.start(channels.http(), ServerLimits.defaults(), routes);
    } catch (java.io.UncheckedIOException e) {
      throw new StartFailure(e.getMessage() + " (choose another port with NEWSDESK_HTTP_PORT or http.port)", e);
    }
  }

  /** What is listening, one line each, e.g. {@code POST /slack/events on port 8080}; empty when nothing is configured. */
  public List<String> running() {
    return running;
  }

  /** The HTTP server's port, when it runs. */
  public Optional<Integer> port() {
    return server.map(NewsdeskServer::port);
  }

  /** Stops taking requests, lets those in flight finish, then disconnects, in reverse order of starting. */
  @Override
  public void close() {
    closeAll(started);
    log.info("inbound channels stopped");
  }

  private static void closeAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        log.warn("while stopping a channel", e);
      }
    }
  }
}
