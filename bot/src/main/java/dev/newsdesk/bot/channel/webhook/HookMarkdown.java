package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an answer in the Markdown Mattermost and Rocket.Chat share: the text with its {@code [n]}
 * markers, then the sources as {@code [title](url)} links, cut to the platform's message limit.
 */
final class HookMarkdown {

  private HookMarkdown() {}

  static String render(Answer answer, int maxLength) {
    String sources = sources(answer);
    String text = answer.text().strip();
    int room = maxLength - sources.length() - 2;
    if (text.length() > room) {
      text = shorten(text, Math.max(0, room));
    }
    String message = sources.isEmpty() ? text : text + "\n\n" + sources;
    return message.length() > maxLength ? shorten(message, maxLength) : message;
  }

  /** Shortens plain text (a notice, an error) to the limit. */
  static String plain(String text, int maxLength) {
    return text.length() > maxLength ? shorten(text, maxLength) : text;
  }

  private static String sources(Answer answer) {
    List<String> lines = new ArrayList<>();
    if (!answer.sources().isEmpty()) {
      lines.add("**Sources**");
      answer.sources().forEach(source -> lines.add(line(source)));
    }
    answer.notice().ifPresent(notice -> lines.add("_" + escape(notice) + "_"));
    return String.join("\n", lines);
  }

  private static String line(Source source) {
    String title = escape(source.title().isBlank() ? "(untitled)" : source.title());
    String linked = source.url().map(String::strip)
        .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
        .map(u -> "[" + title + "](" + u.replace("(", "%28").replace(")", "%29").replace(" ", "%20") + ")")
        .orElse(title);
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(escape(source.outlet()));
    }
    source.published().ifPresent(date -> details.add(date.toString()));
    return "[" + source.n() + "] " + linked + (details.isEmpty() ? "" : " — " + String.join(", ", details));
  }

  /**
   * Makes a title safe inside a link: brackets become parentheses and emphasis marks are dropped,
   * because the two platforms' Markdown parsers do not agree on backslash escapes.
   */
  static String escape(String text) {
    return text.replace('[', '(').replace(']', ')').replace("*", "").replace("_", " ").replace("`", "'");
  }

  private static String shorten(String text, int room) {
    if (room < 2) {
      return "";
    }
    String cut = text.substring(0, room - 1);
    int space = cut.lastIndexOf(' ');
    return (space > room / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
  }
}
