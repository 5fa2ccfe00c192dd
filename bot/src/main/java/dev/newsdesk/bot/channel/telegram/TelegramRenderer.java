package dev.newsdesk.bot.channel.telegram;

import static dev.newsdesk.bot.channel.telegram.TelegramHtml.escape;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.retrieval.search.LatestHeadlines.Headline;
import dev.newsdesk.bot.channel.Mentions;
import dev.newsdesk.bot.channel.TextCut;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders answers, sources and headlines in Telegram's HTML parse mode, with everything escaped. */
final class TelegramRenderer {

  private static final int EXCERPT_CHARS = 600;

  /** The answer text with its {@code [n]} markers, the numbered sources as links, and the notice. */
  String answer(Answer answer) {
    StringBuilder out = new StringBuilder(escape(Mentions.neutralise(answer.text().strip())));
    if (!answer.sources().isEmpty()) {
      out.append("\n\n<b>Sources</b>");
      for (Source source : answer.sources()) {
        out.append('\n').append(sourceLine(source));
      }
    }
    answer.notice().ifPresent(notice -> out.append("\n\n<i>").append(escape(notice)).append("</i>"));
    return out.toString();
  }

  /** The streamed text so far, marked as unfinished. */
  String preview(String partial) {
    String text = partial.strip();
    int max = MessageSplitter.TELEGRAM_LIMIT - 200;
    return escape(Mentions.neutralise(TextCut.prefix(text, max))) + " …";
  }

  /** Every source of an answer with the passage it was cited from, for {@code /sources}. */
  String sourcesWithExcerpts(Optional<Answer> last) {
    if (last.isEmpty()) {
      return "Nothing asked here yet. Ask a question first, then /sources lists what the answer drew on.";
    }
    if (last.get().sources().isEmpty()) {
      return "The last answer cited no sources.";
    }
    StringBuilder out = new StringBuilder("<b>Sources of the last answer</b>");
    for (Source source : last.get().sources()) {
      out.append("\n\n").append(sourceLine(source));
      source.byline().ifPresent(by -> out.append("\n").append(escape(by)));
      out.append("\n<i>").append(escape(shortened(source.excerpt()))).append("</i>");
    }
    return out.toString();
  }

  /** Newest headlines with links, for {@code /latest [topic]}. */
  String headlines(List<Headline> headlines, String topic) {
    String about = topic.isBlank() ? "" : " about “" + escape(topic.strip()) + "”";
    if (headlines.isEmpty()) {
      return "No articles" + about + " in the index yet.";
    }
    StringBuilder out = new StringBuilder("<b>Latest headlines" + about + "</b>");
    for (Headline h : headlines) {
      out.append("\n• ").append(h.url().map(url -> TelegramHtml.link(url, h.title())).orElse(escape(h.title())));
      List<String> details = new ArrayList<>();
      if (!h.outlet().isBlank()) {
        details.add(h.outlet());
      }
      h.published().ifPresent(p -> details.add(p.atZone(ZoneOffset.UTC).toLocalDate().toString()));
      if (!details.isEmpty()) {
        out.append(" — ").append(escape(String.join(", ", details)));
      }
    }
    return out.toString();
  }

  static String sourceLine(Source source) {
    StringBuilder line = new StringBuilder("[" + source.n() + "] ");
    line.append(source.url().map(url -> TelegramHtml.link(url, source.title())).orElse(escape(source.title())));
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(source.outlet());
    }
    source.published().ifPresent(d -> details.add(d.toString()));
    if (!details.isEmpty()) {
      line.append(" — ").append(escape(String.join(", ", details)));
    }
    return line.toString();
  }

  private static String shortened(String excerpt) {
    String text = excerpt.strip().replaceAll("\\s+", " ");
    return Mentions.neutralise(TextCut.shorten(text, EXCERPT_CHARS + 1));
  }
}
