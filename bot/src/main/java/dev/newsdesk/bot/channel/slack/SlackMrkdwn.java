package dev.newsdesk.bot.channel.slack;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders an answer in Slack's mrkdwn: the text with its {@code [n]} markers, then the sources as
 * {@code <url|title>} links; {@code & < >} are escaped as Slack requires, and the whole message
 * stays within Slack's recommended 4,000 characters.
 */
public final class SlackMrkdwn {

  /** Slack truncates message text past 40,000 characters and recommends at most 4,000. */
  public static final int MAX_LENGTH = 4000;

  private SlackMrkdwn() {}

  public static String render(Answer answer) {
    String sources = sources(answer);
    String text = escape(answer.text().strip());
    int room = MAX_LENGTH - sources.length() - 2;
    if (text.length() > room) {
      text = shorten(text, Math.max(0, room));
    }
    return sources.isEmpty() ? text : text + "\n\n" + sources;
  }

  /** Escapes the three characters Slack treats as control characters. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String sources(Answer answer) {
    List<String> lines = new ArrayList<>();
    if (!answer.sources().isEmpty()) {
      lines.add("*Sources*");
      answer.sources().forEach(source -> lines.add(line(source)));
    }
    answer.notice().ifPresent(notice -> lines.add("_" + escape(notice) + "_"));
    return String.join("\n", lines);
  }

  private static String line(Source source) {
    String title = escape(source.title().isBlank() ? "(untitled)" : source.title());
    String linked = link(source.url()).map(url -> "<" + url + "|" + title + ">").orElse(title);
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(escape(source.outlet()));
    }
    source.published().ifPresent(date -> details.add(date.toString()));
    return "[" + source.n() + "] " + linked + (details.isEmpty() ? "" : " — " + String.join(", ", details));
  }

  /** Only web links are linked; the characters that would end Slack's link syntax are encoded. */
  private static Optional<String> link(Optional<String> url) {
    return url.map(String::strip)
        .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
        .map(u -> u.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
            .replace(" ", "%20"));
  }

  private static String shorten(String text, int room) {
    if (room < 2) {
      return "";
    }
    String cut = text.substring(0, room - 1);
    int space = cut.lastIndexOf(' ');
    cut = space > room / 2 ? cut.substring(0, space) : cut;
    int entity = cut.lastIndexOf('&');
    if (entity >= 0 && cut.indexOf(';', entity) < 0) {
      cut = cut.substring(0, entity);
    }
    return cut.stripTrailing() + "…";
  }
}
