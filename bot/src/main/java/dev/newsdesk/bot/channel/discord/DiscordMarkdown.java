package dev.newsdesk.bot.channel.discord;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.channel.Mentions;
import dev.newsdesk.bot.channel.MessageLayout;
import dev.newsdesk.bot.channel.TextCut;
import dev.newsdesk.retrieval.search.LatestHeadlines.Headline;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders answers and headlines in Discord's Markdown: the answer text with its {@code [n]} markers,
 * then the sources as masked links {@code [title](<url>)} (the angle brackets keep Discord from
 * unfurling every link). Quoted text is made inert: Markdown characters are escaped with a
 * backslash, a link's {@code ](} is broken by a zero-width space, and broadcast mentions are broken
 * as well (the messages also go out with {@code allowed_mentions} empty).
 */
final class DiscordMarkdown {

  /** The longest reply, in characters: four messages' worth, so an answer never floods a channel. */
  static final int MAX_REPLY = 8_000;

  /** Titles longer than this many characters are shortened, so that a source line stays a line. */
  static final int MAX_TITLE = 300;

  /** Characters Discord's Markdown gives meaning anywhere in a line. */
  private static final Pattern INLINE = Pattern.compile("([\\\\*_~`|<])");
  /** Headings, quotes and list items at the start of a line. */
  private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#>\\-+])");

  private DiscordMarkdown() {}

  /**
   * The answer, its sources and its notice, as one message of at most {@link #MAX_REPLY}
   * characters (split later to Discord's limit): a very long answer is shortened rather than its
   * sources dropped ({@link MessageLayout}).
   */
  static String answer(Answer answer) {
    List<String> lines = answer.sources().stream().map(DiscordMarkdown::line).toList();
    List<String> notices = answer.notice().map(n -> List.of("*" + quote(n) + "*")).orElse(List.of());
    return MessageLayout.compose(quote(answer.text().strip()), "**Sources**", lines, notices, MAX_REPLY,
        n -> "*…and " + n + " more*");
  }

  /** The newest headlines, each a masked link, for {@code /latest [topic]}. */
  static String headlines(List<Headline> headlines, String topic) {
    String about = topic.isBlank() ? "" : " about “" + quote(TextCut.shorten(topic.strip(), 100)) + "”";
    if (headlines.isEmpty()) {
      return "No articles" + about + " in the index yet.";
    }
    StringBuilder out = new StringBuilder("**Latest headlines" + about + "**");
    for (Headline h : headlines) {
      List<String> details = new ArrayList<>();
      if (!h.outlet().isBlank()) {
        details.add(h.outlet());
      }
      h.published().ifPresent(p -> details.add(p.atZone(ZoneOffset.UTC).toLocalDate().toString()));
      out.append("\n• ").append(link(h.title(), h.url()))
          .append(details.isEmpty() ? "" : " — " + quote(String.join(", ", details)));
    }
    return out.toString();
  }

  /** Plain text (a refusal, an error) made inert. */
  static String plain(String text) {
    return quote(text);
  }

  /**
   * Makes text inert in Discord's Markdown: emphasis, code, spoiler and mention syntax escaped,
   * line-start headings, quotes and list markers escaped, {@code [text](url)} links broken; the
   * {@code [n]} citation markers stay as they are.
   */
  static String quote(String text) {
    String escaped = INLINE.matcher(Mentions.neutralise(text)).replaceAll("\\\\$1");
    escaped = LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
    return escaped.replace("](", "]\u200B(");
  }

  private static String line(Source source) {
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(source.outlet());
    }
    source.published().ifPresent(date -> details.add(date.toString()));
    return "[" + source.n() + "] " + link(source.title(), source.url())
        + (details.isEmpty() ? "" : " — " + quote(TextCut.shorten(String.join(", ", details), MAX_TITLE)));
  }

  /** {@code [title](<url>)} for an http(s) URL, else the title alone; the title cannot end the link early. */
  static String link(String title, Optional<String> url) {
    String shown = quote(TextCut.shorten(title.isBlank() ? "(untitled)" : title.strip(), MAX_TITLE)
        .replace('[', '(').replace(']', ')'));
    return url.map(String::strip)
        .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
        .map(u -> "[" + shown + "](<" + u.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
            .replace("(", "%28").replace(")", "%29") + ">)")
        .orElse(shown);
  }
}
