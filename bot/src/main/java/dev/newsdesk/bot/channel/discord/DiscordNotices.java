package dev.newsdesk.bot.channel.discord;

import static dev.newsdesk.bot.channel.discord.DiscordMarkdown.quote;

import dev.newsdesk.bot.channel.TextCut;
import dev.newsdesk.bot.watch.AlertItem;
import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.BriefingStory;
import dev.newsdesk.bot.watch.Notice;
import dev.newsdesk.bot.watch.Subscriber;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts and briefings in Discord Markdown, posted with the bot token to the channel that followed
 * ({@code POST /channels/{id}/messages}), split in order into messages of at most 2,000 characters,
 * each with {@code allowed_mentions} empty. Discord's 403 (the bot lost access to the channel) and
 * 404 (the channel is gone) pause the subscriber; other failures are retried by the watch.
 */
final class DiscordNotices implements AlertSender {

  private final DiscordApi api;
  private final String botToken;

  DiscordNotices(DiscordApi api, String botToken) {
    this.api = api;
    this.botToken = botToken;
  }

  @Override
  public void send(Subscriber to, Notice notice) throws Exception {
    String markdown = notice instanceof Notice.Alerts alerts ? alerts(alerts) : briefing((Notice.Briefing) notice);
    List<String> parts = MessageParts.split(TextCut.shorten(markdown, DiscordMarkdown.MAX_REPLY),
        MessageParts.DISCORD_LIMIT);
    try {
      for (String part : parts) {
        api.createMessage(to.address(), botToken, part);
      }
    } catch (DiscordException e) {
      if (e.status() == 403 || e.status() == 404) {
        throw new SubscriberGone(e.getMessage());
      }
      throw e;
    }
  }

  /** New articles on followed topics: each headline, its matching sentence cited {@code [n]}, and the source as a masked link. */
  static String alerts(Notice.Alerts alerts) {
    StringBuilder out = new StringBuilder();
    if (!alerts.items().isEmpty()) {
      out.append(alerts.items().size() == 1
          ? "**New on “" + quote(TextCut.shorten(alerts.items().get(0).topic(), 100)) + "”**"
          : "**" + alerts.items().size() + " new articles on your topics**");
    }
    int n = 1;
    for (AlertItem item : alerts.items()) {
      out.append("\n\n**").append(quote(TextCut.shorten(item.title(), DiscordMarkdown.MAX_TITLE))).append("**");
      out.append("\n").append(quote(item.sentence())).append(" [").append(n).append("]");
      out.append("\n[").append(n).append("] ").append(source(item));
      n++;
    }
    alerts.heldBackNote().ifPresent(note -> out.append(out.length() == 0 ? "" : "\n\n").append("*").append(note).append("*"));
    return out.toString();
  }

  /** The day's stories with their quoted sentences, then the sources numbered across the briefing. */
  static String briefing(Notice.Briefing briefing) {
    StringBuilder out = new StringBuilder("**Briefing for ").append(briefing.day()).append("**");
    if (!briefing.topics().isEmpty()) {
      out.append("\n*on ").append(quote(String.join(", ", briefing.topics()))).append("*");
    }
    if (briefing.stories().isEmpty()) {
      return out.append("\n\nNo stories published today yet.").toString();
    }
    List<String> sources = new ArrayList<>();
    for (BriefingStory story : briefing.stories()) {
      out.append("\n\n**").append(quote(TextCut.shorten(story.headline(), DiscordMarkdown.MAX_TITLE)))
          .append("** (").append(story.outlets()).append(story.outlets() == 1 ? " outlet)" : " outlets)");
      story.sentences().forEach(s -> out.append("\n").append(quote(s)));
      for (int i = 0; i < story.sources().size(); i++) {
        sources.add("[" + (story.firstNumber() + i) + "] " + source(story.sources().get(i)));
      }
    }
    return out.append("\n\n**Sources**\n").append(String.join("\n", sources)).toString();
  }

  private static String source(AlertItem item) {
    List<String> details = new ArrayList<>();
    if (!item.outlet().isBlank()) {
      details.add(item.outlet());
    }
    item.published().ifPresent(p -> details.add(p.atZone(ZoneOffset.UTC).toLocalDate().toString()));
    return DiscordMarkdown.link(item.title(), item.url())
        + (details.isEmpty() ? "" : " — " + quote(String.join(", ", details)));
  }
}
