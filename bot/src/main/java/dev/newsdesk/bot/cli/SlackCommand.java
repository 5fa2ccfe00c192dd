package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigException;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk slack}: answers in the team chats (Slack, Discord, Mattermost, Rocket.Chat, Teams) until Ctrl-C or SIGTERM. */
@Command(
    name = "slack",
    mixinStandardHelpOptions = true,
    description = {
      "Answer in Slack (Events API at POST /slack/events, or Socket Mode), Discord (POST /discord/interactions),"
          + " Mattermost (POST /hooks/mattermost), Rocket.Chat (POST /hooks/rocketchat) and Microsoft Teams"
          + " (POST /hooks/teams) until stopped with Ctrl-C.",
      "Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN; Discord DISCORD_PUBLIC_KEY; the"
          + " hooks NEWSDESK_MATTERMOST_TOKEN / NEWSDESK_ROCKETCHAT_TOKEN / NEWSDESK_TEAMS_HMAC_KEY. The port is"
          + " NEWSDESK_HTTP_PORT (8080)."
    })
final class SlackCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Override
  public Integer call() throws InterruptedException {
    Newsdesk newsdesk = new Newsdesk(parent.config());
    CliContext context = parent.context();
    try (StopSignal stop = StopSignal.onShutdown("newsdesk-slack-shutdown");
        NewsIndex index = newsdesk.openForReading()) {
      EmptyIndexNotice.warnIfEmpty(index, context.err());
      try (InboundChannels inbound = newsdesk.startChannels(newsdesk.answering(index), index,
          EnumSet.of(InboundChannels.Kind.TEAM_CHATS), List.of())) {
        if (inbound.running().isEmpty()) {
          throw new ConfigException("no team chat is configured: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET "
              + "or SLACK_APP_TOKEN, or DISCORD_PUBLIC_KEY, or NEWSDESK_MATTERMOST_TOKEN, NEWSDESK_ROCKETCHAT_TOKEN or "
              + "NEWSDESK_TEAMS_HMAC_KEY (see docs/channels.md)");
        }
        context.out().println("Newsdesk is answering:");
        inbound.running().forEach(line -> context.out().println("  " + line));
        context.out().println("Press Ctrl-C to stop.");
        stop.await();
        context.out().println("Stopping: finishing the answers in progress…");
      }
    }
    return 0;
  }
}
