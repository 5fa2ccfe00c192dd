package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.channel.Mentions;
import dev.newsdesk.bot.channel.MessageLayout;
import dev.newsdesk.bot.channel.TextCut;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an answer in the Markdown Mattermost and Rocket.Chat share: the text with its {@code [n]}
 * markers, then the sources as {@code [title](url)} links, cut to the platform's message limit.
 */
final class HookMarkdown {

  private HookMarkdown() {}

  /** Titles longer than this many characters are shortened, so that a source line stays a line. */
  static final int MAX_TITLE = 300;

  /**
   * The answer within {@code maxLength}: quoted text made inert ({@link #quote}), titles shortened,
   * whole source lines dropped rather than cut ({@link MessageLayout}), the answer text always kept.
   */
  static String render(Answer answer, int maxLength) {
    String text = quote(answer.text().strip());
    List<String> lines = answer.sources().stream().map(HookMarkdown::line).toList();
    List<String> notices = answer.notice().map(n -> List.of("_" + escape(Mentions.neutralise(n)) + "_")).orElse(List.of());
    return MessageLayout.compose(text, "**Sources**", lines, notices, maxLength, n -> "_…and " + n + " more_");
  }

  /**
   * The answer in Teams' Markdown within {@code maxLength}: as {@link #render}, with every line
   * break a paragraph break, because Teams joins lines that a single newline separates.
   */
  static String teams(Answer answer, int maxLength) {
    return render(answer, maxLength / 2).replaceAll("\n+", "\n\n");
  }

  /** Shortens plain text (a notice, an error) to the limit. */
  static String plain(String text, int maxLength) {
    return TextCut.shorten(text, maxLength);
  }

  /**
   * Makes article text quoted in an answer inert in both platforms' Markdown, which disagree on
   * backslash escapes: a zero-width space breaks the syntax of links {@code [text](url)}, images
   * {@code ![alt](url)}, reference definitions {@code [id]: url} and autolinks {@code <url>}, and
   * broadcast mentions; the {@code [n]} citation markers stay as they are.
   */
  static String quote(String text) {
    return Mentions.neutralise(text)
        .replace("](", "]\u200B(")
        .replace("]:", "]\u200B:")
        .replace("![", "!\u200B[")
        .replace("<", "<\u200B");
  }

  private static String line(Source source) {
    String title = escape(Mentions.neutralise(
        TextCut.shorten(source.title().isBlank() ? "(untitled)" : source.title().strip(), MAX_TITLE)));
    String linked = source.url().map(String::strip)
        .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
        .map(u -> "[" + title + "](" + u.replace("(", "%28").replace(")", "%29").replace(" ", "%20") + ")")
        .orElse(title);
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(escape(Mentions.neutralise(TextCut.shorten(source.outlet(), MAX_TITLE))));
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
}
