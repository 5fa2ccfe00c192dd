package dev.newsdesk.bot.channel.console;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.util.ArrayList;
import java.util.List;

/** Renders an answer as terminal text: the answer, then the numbered sources. */
public final class ConsoleRenderer {

  private final int width;

  public ConsoleRenderer(int width) {
    this.width = Math.max(40, width);
  }

  public String render(Answer answer) {
    return (wrap(answer.text(), "") + "\n\n" + renderSources(answer)).stripTrailing();
  }

  /** The numbered source list and the notice, if any: what follows an answer's text. */
  public String renderSources(Answer answer) {
    StringBuilder out = new StringBuilder();
    if (!answer.sources().isEmpty()) {
      out.append("Sources\n");
      for (Source source : answer.sources()) {
        out.append(sourceLine(source)).append('\n');
      }
    }
    answer.notice().ifPresent(notice -> out.append("\n(").append(notice).append(")\n"));
    return out.toString().strip();
  }

  /** The sources with the passage each was cited from, for {@code :sources}. */
  public String renderSourcesWithExcerpts(Answer answer) {
    if (answer.sources().isEmpty()) {
      return "The last answer cited no sources.";
    }
    StringBuilder out = new StringBuilder();
    for (Source source : answer.sources()) {
      out.append(sourceLine(source)).append('\n');
      source.byline().ifPresent(by -> out.append("    ").append(by).append('\n'));
      out.append(wrap(source.excerpt(), "    > ")).append("\n\n");
    }
    return out.toString().stripTrailing();
  }

  static String sourceLine(Source source) {
    StringBuilder line = new StringBuilder("[" + source.n() + "] " + source.title());
    List<String> details = new ArrayList<>();
    if (!source.outlet().isBlank()) {
      details.add(source.outlet());
    }
    source.published().ifPresent(d -> details.add(d.toString()));
    if (!details.isEmpty()) {
      line.append(" — ").append(String.join(", ", details));
    }
    source.url().ifPresent(url -> line.append("\n    ").append(url));
    return line.toString();
  }

  private String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder(indent);
      for (String word : paragraph.split(" ")) {
        if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
          out.append(line.toString().stripTrailing()).append('\n');
          line = new StringBuilder(indent);
        }
        if (line.length() > indent.length()) {
          line.append(' ');
        }
        line.append(word);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
