package dev.newsdesk.bot.channel.slack;

import static dev.newsdesk.bot.channel.slack.SlackMrkdwn.escape;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.newsdesk.bot.channel.Mentions;
import dev.newsdesk.bot.channel.TextCut;
import dev.newsdesk.bot.watch.AlertItem;
import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.BriefingStory;
import dev.newsdesk.bot.watch.Notice;
import dev.newsdesk.bot.watch.Subscriber;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Alerts and briefings in Slack mrkdwn, posted with {@code chat.postMessage} to the channel or DM
 * that followed; Slack's {@code channel_not_found}, {@code not_in_channel}, {@code is_archived} and
 * {@code account_inactive} mean it is gone, and the subscriber is paused (api.slack.com/methods/chat.postMessage, Errors).
 */
final class SlackNotices implements AlertSender {

  private static final Set<String> GONE = Set.of("channel_not_found", "not_in_channel", "is_archived", "account_inactive");

  private final MethodsClient client;

  SlackNotices(MethodsClient client) {
    this.client = client;
  }

  @Override
  public void send(Subscriber to, Notice notice) throws Exception {
    String text = notice instanceof Notice.Alerts alerts ? alerts(alerts) : briefing((Notice.Briefing) notice);
    ChatPostMessageResponse response = client.chatPostMessage(r -> r.channel(to.address())
        .text(TextCut.prefix(text, SlackMrkdwn.MAX_LENGTH)).mrkdwn(true).unfurlLinks(false).unfurlMedia(false));
    if (!response.isOk()) {
      if (GONE.contains(response.getError())) {
        throw new SubscriberGone("Slack answered " + response.getError());
      }
      throw new IllegalStateException("Slack refused the alert: " + response.getError());
    }
  }

  static String alerts(Notice.Alerts alerts) {
    StringBuilder out = new StringBuilder();
    if (!alerts.items().isEmpty()) {
      out.append(alerts.items().size() == 1 ? "*New on “" + escape(alerts.items().get(0).topic()) + "”*"
          : "*" + alerts.items().size() + " new articles on your topics*");
    }
    int n = 1;
    for (AlertItem item : alerts.items()) {
      out.append("\n\n*").append(escape(Mentions.neutralise(item.title()))).append("*");
      out.append("\n").append(escape(Mentions.neutralise(item.sentence()))).append(" [").append(n).append("]");
      out.append("\n[").append(n).append("] ").append(source(item));
      n++;
    }
    alerts.heldBackNote().ifPresent(note -> out.append(out.length() == 0 ? "" : "\n\n").append("_").append(note).append("_"));
    return out.toString();
  }

  static String briefing(Notice.Briefing briefing) {
    StringBuilder out = new StringBuilder("*Briefing for ").append(briefing.day()).append("*");
    if (!briefing.topics().isEmpty()) {
      out.append("\n_on ").append(escape(String.join(", ", briefing.topics()))).append("_");
    }
    if (briefing.stories().isEmpty()) {
      return out.append("\n\nNo stories published today yet.").toString();
    }
    List<String> sources = new ArrayList<>();
    for (BriefingStory story : briefing.stories()) {
      out.append("\n\n*").append(escape(Mentions.neutralise(story.headline()))).append("* (").append(story.outlets())
          .append(story.outlets() == 1 ? " outlet)" : " outlets)");
      story.sentences().forEach(s -> out.append("\n").append(escape(Mentions.neutralise(s))));
      for (int i = 0; i < story.sources().size(); i++) {
        sources.add("[" + (story.firstNumber() + i) + "] " + source(story.sources().get(i)));
      }
    }
    return out.append("\n\n*Sources*\n").append(String.join("\n", sources)).toString();
  }

  private static String source(AlertItem item) {
    String title = escape(Mentions.neutralise(item.title()));
    String linked = SlackMrkdwn.link(item.url()).map(url -> "<" + url + "|" + title + ">").orElse(title);
    List<String> details = new ArrayList<>();
    if (!item.outlet().isBlank()) {
      details.add(escape(item.outlet()));
    }
    item.published().ifPresent(p -> details.add(p.atZone(ZoneOffset.UTC).toLocalDate().toString()));
    return linked + (details.isEmpty() ? "" : " — " + String.join(", ", details));
  }
}
