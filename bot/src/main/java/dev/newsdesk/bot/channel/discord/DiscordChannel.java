package dev.newsdesk.bot.channel.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.AccessList;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.WatchCommands;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Newsdesk in Discord over HTTP: the interactions endpoint ({@code POST /discord/interactions})
 * answers the slash commands {@code /news question}, {@code /latest [topic]}, {@code /timeline topic}
 * and, with the watch and the bot token, {@code /follow}, {@code /following}, {@code /unfollow} and
 * {@code /briefing}, whose alerts and briefings are posted to the channel with the bot token
 * ({@link #alertSender}); {@link #register} tells Discord about those commands. No gateway
 * connection is needed.
 */
public final class DiscordChannel implements AutoCloseable {

  public static final String INTERACTIONS_PATH = "/discord/interactions";

  private final DiscordResponder responder;
  private final ThreadPoolExecutor workers;
  private final Optional<AlertSender> alertSender;

  private DiscordChannel(DiscordResponder responder, ThreadPoolExecutor workers, Optional<AlertSender> alertSender) {
    this.responder = responder;
    this.workers = workers;
    this.alertSender = alertSender;
  }

  /**
   * The Discord channel for these settings; the public key is required. The follow commands work
   * when {@code watch} is given and the bot token is set (alerts are posted with it); otherwise they
   * answer that following is not set up.
   */
  public static DiscordChannel create(ChannelSettings.Discord settings, RateLimiter limiter,
      AnsweringService answering, LatestHeadlines latest, StoryTimelines timelines, Optional<WatchCommands> watch,
      Clock clock) {
    String publicKey = settings.publicKey().orElseThrow(() -> new ConfigException(
        "Discord needs the application's public key: set DISCORD_PUBLIC_KEY (discord.public-key)"));
    ThreadPoolExecutor workers = workers();
    DiscordApi api = new DiscordApi(settings.apiUrl());
    Optional<String> token = settings.token().filter(t -> !t.isBlank());
    Optional<AlertSender> sender = token.map(t -> new DiscordNotices(api, t));
    DiscordResponder responder = new DiscordResponder(new InteractionSignature(publicKey, clock),
        new AccessList(settings.allowedGuilds()), new AccessList(settings.allowedChannels()), limiter, answering,
        latest, timelines, token.isPresent() ? watch : Optional.empty(), new ReplyDelivery(api), workers);
    return new DiscordChannel(responder, workers, sender);
  }

  /** Posts alerts and briefings to Discord channels with the bot token; empty when no token is set. */
  public Optional<AlertSender> alertSender() {
    return alertSender;
  }

  /** {@code POST /discord/interactions}. */
  public List<Route> routes() {
    return List.of(Route.post(INTERACTIONS_PATH, responder));
  }

  /**
   * Registers (overwrites) the application's slash commands, globally or in one guild (where they
   * appear at once; global changes can take up to an hour to show), with the bot token; returns the
   * names Discord registered, e.g. {@code [news, latest, timeline, follow, …]}.
   *
   * @throws ConfigException when the application id or the bot token is not set
   * @throws DiscordException when Discord cannot be reached or refuses (a wrong token: 401)
   */
  public static List<String> register(ChannelSettings.Discord settings, Optional<String> guild) {
    String application = settings.applicationId().orElseThrow(() -> new ConfigException(
        "set DISCORD_APPLICATION_ID (discord.application-id) to the application's id (Developer Portal, General Information)"));
    String token = settings.token().orElseThrow(() -> new ConfigException(
        "set DISCORD_BOT_TOKEN (discord.token) to the bot's token (Developer Portal, Bot, Reset Token)"));
    JsonNode registered = new DiscordApi(settings.apiUrl())
        .overwriteCommands(application, guild.filter(g -> !g.isBlank()), token, SlashCommand.definitions());
    List<String> names = new ArrayList<>();
    registered.forEach(command -> names.add(command.path("name").asText()));
    return List.copyOf(names);
  }

  /** Lets the replies being written finish for a few seconds, then stops. */
  @Override
  public void close() {
    dev.newsdesk.bot.channel.Workers.stop(workers, java.time.Duration.ofSeconds(10));
  }

  private static ThreadPoolExecutor workers() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100), runnable -> {
      Thread thread = new Thread(runnable, "newsdesk-discord-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }
}
