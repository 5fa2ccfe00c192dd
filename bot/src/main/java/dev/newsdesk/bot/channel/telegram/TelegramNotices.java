package dev.newsdesk.bot.channel.telegram;

import static dev.newsdesk.bot.channel.telegram.TelegramHtml.escape;

import dev.newsdesk.bot.channel.Mentions;
import dev.newsdesk.bot.watch.AlertItem;
import dev.newsdesk.bot.watch.BriefingStory;
import dev.newsdesk.bot.watch.Notice;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Renders alerts and briefings in Telegram's HTML parse mode, everything from articles escaped. */
final class TelegramNotices {


  /** An alert: per article its headline, outlet and date, a quoted sentence with {@code [n]}, and the source as a link. */
  String alerts(Notice.Alerts alerts) {
    StringBuilder out = new StringBuilder();
    if (!alerts.items().isEmpty()) {
      out.append(alerts.items().size() == 1 ? "<b>New on “" + escape(alerts.items().get(0).topic()) + "”</b>"
          : "<b>" + alerts.items().size() + " new articles on your topics</b>");
    }
    int n = 1;
    for (AlertItem item : alerts.items()) {
      out.append("\n\n<b>").append(escape(item.title())).append("</b>");
      details(item).ifPresent(d -> out.append("\n").append(escape(d)));
      if (alerts.items().size() > 1) {
        out.append("\n<i>").append(escape(item.topic())).append("</i>");
      }
      out.append("\n").append(escape(Mentions.neutralise(item.sentence()))).append(" [").append(n).append("]");
      out.append("\n[").append(n).append("] ").append(source(item));
      n++;
    }
    alerts.heldBackNote().ifPresent(note ->
        out.append(out.length() == 0 ? "" : "\n\n").append("<i>").append(escape(note)).append("</i>"));
    return out.toString();
  }

  /** A briefing: per story its headline, one or two quoted sentences with citations, the outlets count, and the sources. */
  String briefing(Notice.Briefing briefing) {
    StringBuilder out = new StringBuilder("<b>Briefing for ").append(briefing.day()).append("</b>");
    if (!briefing.topics().isEmpty()) {
      out.append("\n<i>").append(escape("on " + String.join(", ", briefing.topics()))).append("</i>");
    }
    if (briefing.stories().isEmpty()) {
      return out.append("\n\nNo stories ").append(briefing.topics().isEmpty() ? "" : "about your topics ")
          .append("published today yet.").toString();
    }
    List<String> sources = new ArrayList<>();
    for (BriefingStory story : briefing.stories()) {
      out.append("\n\n<b>").append(escape(story.headline())).append("</b> ")
          .append(escape("(" + story.outlets() + (story.outlets() == 1 ? " outlet)" : " outlets)")));
      story.sentences().forEach(s -> out.append("\n").append(escape(Mentions.neutralise(s))));
      for (int i = 0; i < story.sources().size(); i++) {
        sources.add("[" + (story.firstNumber() + i) + "] " + source(story.sources().get(i)));
      }
    }
    return out.append("\n\n<b>Sources</b>\n").append(String.join("\n", sources)).toString();
  }

  private static java.util.Optional<String> details(AlertItem item) {
    List<String> parts = new ArrayList<>();
    if (!item.outlet().isBlank()) {
      parts.add(item.outlet());
    }
    item.published().ifPresent(p -> parts.add(p.atZone(ZoneOffset.UTC).toLocalDate().toString()));
    return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", parts));
  }

  private static String source(AlertItem item) {
    String title = item.title() + details(item).map(d -> " — " + d).orElse("");
    return item.url().map(url -> TelegramHtml.link(url, title)).orElse(escape(title));
  }
}
