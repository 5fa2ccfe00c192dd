package dev.newsdesk.bot.http;

import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.slack.SlackChannel;
import dev.newsdesk.bot.channel.webhook.TeamChatHooks;
import dev.newsdesk.bot.config.NewsdeskConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts every configured inbound channel: Slack (Events API and/or Socket Mode), the Mattermost
 * and Rocket.Chat hooks, and the one HTTP server that carries their routes and any others given.
 */
public final class InboundChannels implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(InboundChannels.class);

  private final Optional<SlackChannel> slack;
  private final Optional<NewsdeskServer> server;
  private final List<String> running;

  private InboundChannels(Optional<SlackChannel> slack, Optional<NewsdeskServer> server, List<String> running) {
    this.slack = slack;
    this.server = server;
    this.running = List.copyOf(running);
  }

  /**
   * Starts what the configuration enables, plus {@code extraRoutes} (an API, health checks); the
   * HTTP server starts only when there is a route to serve.
   */
  public static InboundChannels start(NewsdeskConfig.Channels channels, AnsweringService answering, Clock clock,
      List<Route> extraRoutes) {
    List<String> running = new ArrayList<>();
    List<Route> routes = new ArrayList<>(extraRoutes);
    Optional<SlackChannel> slack = Optional.empty();
    if (channels.slack().enabled()) {
      SlackChannel channel = SlackChannel.create(channels.slack(), channels.rateLimit(), answering, clock);
      slack = Optional.of(channel);
      routes.addAll(channel.routes());
    }
    routes.addAll(TeamChatHooks.routes(channels.hooks(), channels.rateLimit(), answering, clock));
    Optional<NewsdeskServer> server = Optional.empty();
    try {
      if (slack.isPresent()) {
        slack.get().start();
        if (channels.slack().socketMode()) {
          running.add("Slack Socket Mode");
        }
      }
      if (!routes.isEmpty()) {
        server = Optional.of(NewsdeskServer.start(channels.http(), ServerLimits.defaults(), routes));
        int port = server.get().port();
        routes.forEach(route -> running.add(route.method() + " " + route.path() + " on port " + port));
      }
    } catch (RuntimeException e) {
      server.ifPresent(NewsdeskServer::close);
      slack.ifPresent(SlackChannel::close);
      throw e;
    }
    return new InboundChannels(slack, server, running);
  }

  /** What is listening, one line each, e.g. {@code POST /slack/events on port 8080}; empty when nothing is configured. */
  public List<String> running() {
    return running;
  }

  /** The HTTP server's port, when it runs. */
  public Optional<Integer> port() {
    return server.map(NewsdeskServer::port);
  }

  /** Stops taking requests, lets those in flight finish, then disconnects Slack. */
  @Override
  public void close() {
    server.ifPresent(NewsdeskServer::close);
    slack.ifPresent(SlackChannel::close);
    log.info("inbound channels stopped");
  }
}
