package dev.newsdesk.bot.channel.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import dev.newsdesk.bot.watch.CommandReply;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.WatchCommands;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /news follow <topic> [from <outlet>]}, {@code /news following}, {@code /news unfollow <n|topic>}
 * and {@code /news briefing [at HH:MM [zone] | off]}: the channel or DM the command came from is the
 * subscriber. Replies are ephemeral (only the user who typed sees them); a briefing on demand is
 * composed off Slack's request thread and posted through the response URL.
 */
final class SlackWatchCommands {

  private static final Logger log = LoggerFactory.getLogger(SlackWatchCommands.class);

  private SlackWatchCommands() {}

  /** The response to the command when it is one of these; empty for a question. */
  static Optional<Response> handle(WatchCommands watch, SlashCommandPayload command, SlashCommandContext ctx,
      SlackResponder responder) {
    String text = String.valueOf(command.getText()).strip();
    String[] parts = text.split("\\s+", 2);
    String verb = parts[0].toLowerCase(Locale.ROOT);
    String argument = parts.length > 1 ? parts[1] : "";
    Subscriber channel = new Subscriber(Subscriber.Kind.SLACK, command.getChannelId());
    CommandReply reply;
    switch (verb) {
      case "follow" -> reply = watch.follow(channel, argument);
      case "following" -> reply = watch.following(channel);
      case "unfollow" -> reply = watch.unfollow(channel, argument);
      case "briefing" -> {
        if (argument.isBlank() || argument.equalsIgnoreCase("now")) {
          boolean taken = responder.later(() -> {
            try {
              CommandReply briefing = watch.briefing(channel, argument);
              ctx.respond(r -> r.responseType("ephemeral").text(render(briefing)));
            } catch (Exception e) {
              log.error("could not send a briefing to Slack channel {}", command.getChannelId(), e);
            }
          });
          return Optional.of(ctx.ack(taken ? "Composing today's briefing…" : "Busy; please ask again in a minute."));
        }
        reply = watch.briefing(channel, argument);
      }
      default -> {
        return Optional.empty();
      }
    }
    String mrkdwn = render(reply);
    return Optional.of(ctx.ack(r -> r.responseType("ephemeral").text(mrkdwn)));
  }

  private static String render(CommandReply reply) {
    return reply instanceof CommandReply.Text text ? SlackMrkdwn.escape(text.text())
        : SlackNotices.briefing(((CommandReply.Briefing) reply).briefing());
  }
}
