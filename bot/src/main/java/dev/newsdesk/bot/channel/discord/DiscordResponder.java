package dev.newsdesk.bot.channel.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.channel.AccessList;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.RouteHandler;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.bot.watch.CommandReply;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.WatchCommands;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's interactions endpoint: a request without Discord's valid signature gets 401 and nothing
 * else happens; a PING gets a PONG; a slash command from an allowed guild and channel, within the
 * user's rate limit, is acknowledged at once with a deferred response (Discord waits 3 seconds) and
 * answered on a worker: the reply, in Discord Markdown, replaces the deferred message through the
 * interaction webhook and goes on in follow-ups when it is longer than one message. The channel a
 * follow command came from is the subscriber its alerts go to.
 */
final class DiscordResponder implements RouteHandler {

  private static final Logger log = LoggerFactory.getLogger(DiscordResponder.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HEADLINES = 10;
  /** Discord's interaction callback types (developer docs, "Interaction Response Object"). */
  private static final int PONG = 1;
  private static final int CHANNEL_MESSAGE = 4;
  private static final int DEFERRED_CHANNEL_MESSAGE = 5;
  /** Message flag: only the user who asked sees it. */
  private static final int EPHEMERAL = 1 << 6;

  private final InteractionSignature signature;
  private final AccessList guilds;
  private final AccessList channels;
  private final RateLimiter rateLimiter;
  private final AnsweringService answering;
  private final LatestHeadlines latest;
  private final StoryTimelines timelines;
  private final Optional<WatchCommands> watch;
  private final ReplyDelivery delivery;
  private final ExecutorService workers;
  private final Map<String, Function<Interaction, String>> handlers;

  DiscordResponder(InteractionSignature signature, AccessList guilds, AccessList channels, RateLimiter rateLimiter,
      AnsweringService answering, LatestHeadlines latest, StoryTimelines timelines, Optional<WatchCommands> watch,
      ReplyDelivery delivery, ExecutorService workers) {
    this.signature = signature;
    this.guilds = guilds;
    this.channels = channels;
    this.rateLimiter = rateLimiter;
    this.answering = answering;
    this.latest = latest;
    this.timelines = timelines;
    this.watch = watch;
    this.delivery = delivery;
    this.workers = workers;
    // one handler per entry of SlashCommand.ALL
    this.handlers = Map.of(
        SlashCommand.NEWS.name(), this::news,
        SlashCommand.LATEST.name(), this::latest,
        SlashCommand.TIMELINE.name(), this::timeline,
        SlashCommand.FOLLOW.name(), i -> watch(i, (w, who) -> w.follow(who, i.option("topic"))),
        SlashCommand.FOLLOWING.name(), i -> watch(i, (w, who) -> w.following(who)),
        SlashCommand.UNFOLLOW.name(), i -> watch(i, (w, who) -> w.unfollow(who, i.option("which"))),
        SlashCommand.BRIEFING.name(), i -> watch(i, (w, who) -> w.briefing(who, i.option("when"))));
    SlashCommand.ALL.forEach(c -> {
      if (!handlers.containsKey(c.name())) {
        throw new IllegalStateException("no handler for /" + c.name());
      }
    });
  }

  @Override
  public InboundResponse handle(InboundRequest request) {
    if (!signature.verifies(request.header("X-Signature-Ed25519"), request.header("X-Signature-Timestamp"),
        request.body())) {
      return InboundResponse.text(401, "invalid request signature");
    }
    JsonNode json;
    try {
      json = JSON.readTree(request.body());
    } catch (IOException e) {
      json = null;
    }
    if (json == null || !json.isObject()) {
      return InboundResponse.text(400, "Expected a Discord interaction (JSON).");
    }
    Interaction interaction = Interaction.read(json);
    return switch (interaction.type()) {
      case Interaction.PING -> InboundResponse.json(200, JSON.createObjectNode().put("type", PONG).toString());
      case Interaction.APPLICATION_COMMAND -> command(interaction);
      default -> InboundResponse.text(400, "Newsdesk handles slash commands only.");
    };
  }

  private InboundResponse command(Interaction interaction) {
    Optional<SlashCommand> command = SlashCommand.ALL.stream()
        .filter(c -> c.name().equals(interaction.command())).findFirst();
    if (command.isEmpty()) {
      return privately("I don't know /" + DiscordMarkdown.plain(interaction.command()) + "; try /news or /latest.");
    }
    // a direct message has no guild: it is allowed only when no guild allow-list is set
    boolean allowed = interaction.guild().map(guilds::allows).orElse(guilds.allowed().isEmpty())
        && channels.allows(interaction.channel());
    if (!allowed) {
      log.debug("ignored /{} from guild {} channel {}: not allowed", interaction.command(),
          interaction.guild().orElse("(direct message)"), interaction.channel());
      return privately("Newsdesk does not answer in this channel.");
    }
    String user = "discord:" + interaction.user();
    if (command.get().costly() && !rateLimiter.tryAcquire(user)) {
      long seconds = Math.max(1, rateLimiter.retryAfter(user).toSeconds());
      return privately("You're asking faster than I can keep up with; please try again in " + seconds + " s.");
    }
    CountDownLatch acknowledged = new CountDownLatch(1);
    try {
      workers.execute(() -> reply(interaction, acknowledged));
    } catch (RejectedExecutionException e) {
      return privately("I'm answering many questions right now; please ask again in a minute.");
    }
    return InboundResponse.json(200, JSON.createObjectNode().put("type", DEFERRED_CHANNEL_MESSAGE).toString())
        .whenSent(acknowledged::countDown);
  }

  /** Writes the reply, then delivers it once Discord has its acknowledgement (the message to edit exists only then). */
  private void reply(Interaction interaction, CountDownLatch acknowledged) {
    String markdown = handlers.get(interaction.command()).apply(interaction);
    try {
      if (!acknowledged.await(10, TimeUnit.SECONDS)) {
        log.warn("the acknowledgement of /{} was not sent within 10 s", interaction.command());
      }
      delivery.deliver(interaction.applicationId(), interaction.token(), markdown);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("could not deliver the reply to /{} in channel {}: {}", interaction.command(), interaction.channel(),
          e.getMessage());
    }
  }

  private String news(Interaction interaction) {
    try {
      return DiscordMarkdown.answer(answering.answer(
          Question.in(interaction.conversationKey(), interaction.option("question")), AnswerListener.NONE));
    } catch (RejectedQuestionException e) {
      return DiscordMarkdown.plain(e.getMessage());
    } catch (RetrievalException e) {
      log.error("search failed for a Discord question in channel {}", interaction.channel(), e);
      return "Sorry, the news index could not be searched just now. Please try again in a while.";
    } catch (RuntimeException e) {
      log.error("could not answer a Discord question in channel {}", interaction.channel(), e);
      return "Sorry, I could not answer that just now: something went wrong on my side. Please try again later.";
    }
  }

  private String latest(Interaction interaction) {
    String topic = interaction.option("topic");
    try {
      return DiscordMarkdown.headlines(latest.latest(topic, HEADLINES), topic);
    } catch (RetrievalException e) {
      log.error("could not list the latest headlines for Discord", e);
      return "Sorry, the news index could not be searched just now. Please try again in a while.";
    }
  }

  private String timeline(Interaction interaction) {
    try {
      return DiscordMarkdown.answer(timelines.timeline(Question.of(interaction.option("topic"))).asAnswer());
    } catch (RejectedQuestionException e) {
      return DiscordMarkdown.plain(e.getMessage());
    } catch (RetrievalException e) {
      log.error("search failed for a Discord timeline in channel {}", interaction.channel(), e);
      return "Sorry, the news index could not be searched just now. Please try again in a while.";
    } catch (RuntimeException e) {
      log.error("could not build a Discord timeline in channel {}", interaction.channel(), e);
      return "Sorry, I could not build that timeline just now: something went wrong on my side. Please try again later.";
    }
  }

  /** A follow, following, unfollow or briefing command for the channel it came from. */
  private String watch(Interaction interaction, BiFunction<WatchCommands, Subscriber, CommandReply> command) {
    if (watch.isEmpty()) {
      return "Following topics is not set up here: the server needs the bot token (DISCORD_BOT_TOKEN) to post alerts.";
    }
    try {
      CommandReply reply = command.apply(watch.get(), new Subscriber(Subscriber.Kind.DISCORD, interaction.channel()));
      return reply instanceof CommandReply.Text text ? DiscordMarkdown.plain(text.text())
          : DiscordNotices.briefing(((CommandReply.Briefing) reply).briefing());
    } catch (RuntimeException e) {
      log.error("could not run /{} in Discord channel {}", interaction.command(), interaction.channel(), e);
      return "Sorry, that did not work just now: something went wrong on my side. Please try again later.";
    }
  }

  /** An immediate reply only the user sees, mentioning no one. */
  private static InboundResponse privately(String text) {
    ObjectNode response = JSON.createObjectNode().put("type", CHANNEL_MESSAGE);
    response.set("data", DiscordApi.message(text).put("flags", EPHEMERAL));
    return InboundResponse.json(200, response.toString());
  }
}
