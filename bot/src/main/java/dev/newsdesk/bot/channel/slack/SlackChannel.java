package dev.newsdesk.bot.channel.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.channel.AccessList;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.bot.feedback.FeedbackStore;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.WatchCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsdesk in Slack through Bolt: answers mentions in their thread, direct messages and the
 * {@code /news} command ({@code /news timeline <topic>} shows how a story developed), over the HTTP Events API ({@code POST /slack/events}) and/or Socket Mode.
 */
public final class SlackChannel implements AutoCloseable {

  public static final String EVENTS_PATH = "/slack/events";
  public static final String COMMAND = "/news";

  private static final Logger log = LoggerFactory.getLogger(SlackChannel.class);

  private final ChannelSettings.Slack settings;
  private final Clock clock;
  private final Slack slack;
  private final App app;
  private final MethodsClient client;
  private final SlackResponder responder;
  private Optional<SocketModeApp> socketMode = Optional.empty();
  private final Optional<WatchCommands> watch;
  private final Optional<SlackFeedback> feedback;

  private SlackChannel(ChannelSettings.Slack settings, Slack slack, String botToken, SlackResponder responder,
      Clock clock, Optional<WatchCommands> watch, Optional<FeedbackStore> votes) {
    this.settings = settings;
    this.watch = watch;
    this.feedback = votes.map(store -> new SlackFeedback(store, clock));
    feedback.ifPresent(responder::rememberAnswersFor);
    this.clock = clock;
    this.slack = slack;
    this.client = slack.methods(botToken);
    this.responder = responder;
    this.app = new App(AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(botToken)
        .signingSecret(settings.signingSecret().orElse(null))
        .build());
    app.event(AppMentionEvent.class, (payload, ctx) -> mention(payload, ctx));
    app.event(MessageEvent.class, (payload, ctx) -> directMessage(payload, ctx));
    app.command(COMMAND, this::command);
    feedback.ifPresent(f -> app.blockAction(SlackFeedback.ACTIONS, f::pressed));
  }

  /** The Slack channel for these settings; the bot token is required. */
  public static SlackChannel create(ChannelSettings.Slack settings, RateLimiter limiter,
      AnsweringService answering, StoryTimelines timelines, Clock clock) {
    return create(settings, limiter, answering, timelines, clock, Optional.empty(), Optional.empty());
  }

  /**
   * As the other {@code create}, with {@code /news follow|following|unfollow|briefing} when {@code
   * watch} is given, and 👍 / 👎 buttons under answers to mentions and DMs when {@code votes} is.
   */
  public static SlackChannel create(ChannelSettings.Slack settings, RateLimiter limiter,
      AnsweringService answering, StoryTimelines timelines, Clock clock, Optional<WatchCommands> watch,
      Optional<FeedbackStore> votes) {
    String botToken = settings.botToken()
        .orElseThrow(() -> new ConfigException("Slack needs the bot token: set SLACK_BOT_TOKEN (slack.bot-token)"));
    SlackConfig config = new SlackConfig();
    settings.apiUrl().filter(url -> !url.isBlank())
        .ifPresent(url -> config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/"));
    SlackResponder responder = new SlackResponder(answering, timelines,
        new AccessList(settings.allowedTeams()), new AccessList(settings.allowedChannels()),
        limiter,
        new SeenMessages(Duration.ofMinutes(30), 10_000, clock),
        new ThreadPoolExecutor(2, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100)));
    // the SDK's per-team call statistics are not used; they also resolve team ids through auth.test
    config.setStatsEnabled(false);
    return new SlackChannel(settings, Slack.getInstance(config), botToken, responder, clock, watch, votes);
  }

  /** {@code POST /slack/events} when a signing secret is set; none otherwise (requests could not be verified). */
  public List<Route> routes() {
    return settings.signingSecret().isPresent()
        ? List.of(Route.post(EVENTS_PATH, new SlackEventsRoute(app, clock)))
        : List.of();
  }

  /** Starts the app, and the Socket Mode connection when an app token is set. */
  public void start() {
    try {
      app.start(); // calls auth.test with the bot token
    } catch (IllegalArgumentException e) {
      throw new ConfigException("Slack did not accept the bot token (SLACK_BOT_TOKEN): " + e.getMessage(), e);
    }
    if (settings.appToken().isPresent()) {
      try {
        SocketModeApp connection = new SocketModeApp(settings.appToken().get(), app, SocketModeClient.Backend.Tyrus);
        connection.startAsync();
        socketMode = Optional.of(connection);
        log.info("Slack Socket Mode connected");
      } catch (Exception e) {
        throw new ConfigException("cannot connect to Slack in Socket Mode: " + e.getMessage(), e);
      }
    }
  }

  private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent event = payload.getEvent();
    String thread = Optional.ofNullable(event.getThreadTs()).orElse(event.getTs());
    String team = team(payload.getTeamId(), ctx);
    String key = event.getChannel() + ":" + event.getTs();
    responder.take(new SlackQuestion(key, team, event.getChannel(),
            String.valueOf(event.getUser()), SlackQuestion.withoutMentions(event.getText()),
            "slack:" + team + ":" + event.getChannel() + ":" + thread),
        text -> post(event.getChannel(), Optional.of(thread), text, key));
    return ctx.ack();
  }

  private Response directMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent event = payload.getEvent();
    if (!"im".equals(event.getChannelType()) || event.getBotId() != null || event.getUser() == null) {
      return ctx.ack();
    }
    Optional<String> thread = Optional.ofNullable(event.getThreadTs());
    String team = team(payload.getTeamId(), ctx);
    String key = event.getChannel() + ":" + event.getTs();
    responder.take(new SlackQuestion(key, team, event.getChannel(),
            event.getUser(), SlackQuestion.withoutMentions(event.getText()),
            "slack:" + team + ":" + event.getChannel() + thread.map(t -> ":" + t).orElse("")),
        text -> post(event.getChannel(), thread, text, key));
    return ctx.ack();
  }

  private Response command(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload command = request.getPayload();
    String team = team(command.getTeamId(), ctx);
    Optional<Response> watched = watch.flatMap(w -> SlackWatchCommands.handle(w, command, ctx, responder));
    if (watched.isPresent()) {
      return watched.get();
    }
    SlackQuestion question = new SlackQuestion("command:" + command.getTriggerId(), team, command.getChannelId(),
        command.getUserId(), String.valueOf(command.getText()).strip(),
        "slack:" + team + ":" + command.getChannelId() + ":" + command.getUserId());
    SlackResponder.Reply reply = text -> ctx.respond(r -> r.responseType("in_channel").text(text));
    Optional<String> topic = SlackResponder.timelineTopic(question.text());
    SlackResponder.Outcome outcome = topic.isPresent()
        ? responder.timeline(question, topic.get(), reply) : responder.take(question, reply);
    if (outcome == SlackResponder.Outcome.NOT_ALLOWED) {
      return ctx.ack("Newsdesk does not answer in this channel.");
    }
    // echoes the user's command in the channel; the answer follows through the response URL
    return ctx.ack(r -> r.responseType("in_channel"));
  }

  /** Sends alerts and briefings to Slack channels and DMs with {@code chat.postMessage}. */
  public AlertSender alertSender() {
    return new SlackNotices(client);
  }

  private void post(String channel, Optional<String> thread, String text, String questionKey) throws Exception {
    java.util.List<com.slack.api.model.block.LayoutBlock> blocks =
        feedback.flatMap(f -> f.blocks(questionKey, text)).orElse(null);
    ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(channel)
        .threadTs(thread.orElse(null)).text(text).blocks(blocks).mrkdwn(true).unfurlLinks(false).unfurlMedia(false));
    if (!response.isOk()) {
      log.error("Slack refused the answer in channel {}: {}", channel, response.getError());
    }
  }

  private static String team(String fromPayload, com.slack.api.bolt.context.Context ctx) {
    return Optional.ofNullable(fromPayload).or(() -> Optional.ofNullable(ctx.getTeamId())).orElse("");
  }

  /** Disconnects Socket Mode, lets answers in progress finish, and releases Slack's HTTP client. */
  @Override
  public void close() {
    socketMode.ifPresent(connection -> {
      try {
        connection.close();
      } catch (Exception e) {
        log.warn("Socket Mode did not close cleanly: {}", e.toString());
      }
    });
    responder.close();
    app.stop();
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Slack's HTTP client did not close cleanly: {}", e.toString());
    }
  }
}
