package dev.newsdesk.bot.channel.slack;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.channel.Mentions;
import dev.newsdesk.bot.channel.MessageLayout;
import dev.newsdesk.bot.channel.TextCut;
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

  /** Titles longer than this many characters are shortened, so that a source line stays a line. */
  static final int MAX_TITLE = 300;

  /**
   * The answer in mrkdwn within {@link #MAX_LENGTH}: the answer text always survives, titles are
   * shortened and whole source lines dropped rather than cut ({@link MessageLayout}), and broadcast
   * mentions in quoted text are neutralised.
   */
  public static String render(Answer answer) {
    String text = escape(Mentions.neutralise(answer.text().strip()));
    List<String> lines = answer.sources().stream().map(SlackMrkdwn::line).toList();
    List<String> notices = answer.notice().map(n -> List.of("_" + escape(Mentions.neutralise(n)) + "_")).orElse(List.of());
    return MessageLayout.compose(text, "*Sources*", lines, notices, MAX_LENGTH, n -> "_…and " + n + " more_");
  }

  /** Escapes the three characters Slack treats as control characters. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String line(Source source) {
    String title = escape(Mentions.neutralise(
        TextCut.shorten(source.title().isBlank() ? "(untitled)" : source.title().strip(), MAX_TITLE)));
    String linked = link(source.url()).map(url -> "<" + url + "|" + title + ">").orElse(title);
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(escape(Mentions.neutralise(TextCut.shorten(source.outlet(), MAX_TITLE))));
    }
    source.published().ifPresent(date -> details.add(date.toString()));
    return "[" + source.n() + "] " + linked + (details.isEmpty() ? "" : " — " + String.join(", ", details));
  }

  /** Only web links are linked; the characters that would end Slack's link syntax are encoded. */
  static Optional<String> link(Optional<String> url) {
    return url.map(String::strip)
        .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
        .map(u -> u.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
            .replace(" ", "%20"));
  }
}
