package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.chunk.Sentence;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the citation contract on a draft of either composer: every marker refers to one of the
 * {@link NumberedSources} given, and the answer's source list holds exactly the cited sources,
 * renumbered 1.. in order of first citation.
 *
 * <p>Markers are read in the formats models write: {@code [1]}, {@code [1, 2]}, {@code [1][2]},
 * {@code [1-2]}, {@code 【1】}, {@code 【2†source】}, {@code [^2]}, {@code [source 2]},
 * {@code (Source 2)}, {@code (sources 1 and 3)}; all become {@code [n]}. A marker for a source that
 * was not given is removed and logged; a sentence whose every marker was invalid is dropped, so an
 * invented citation never makes a claim look supported.
 */
public final class CitationChecker {

  private static final Logger log = LoggerFactory.getLogger(CitationChecker.class);

  /** A bracketed list of numbers: [1], [1, 2], [1,2,3], [1-3], with full-width brackets too. */
  private static final Pattern MARKER =
      Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)\\s*[\\]】］]");
  /** Footnote style {@code [^2]}. */
  private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^(\\d{1,3})]");
  /** The OpenAI file-search style {@code 【2†source】} or {@code 【2:0†news】}. */
  private static final Pattern DAGGER = Pattern.compile("【(\\d{1,3})(?::\\d+)?†[^】]{0,40}】");
  /** {@code [source 2]}, {@code (Source 2)}, {@code (sources 1, 2 and 3)}, {@code [Source: 2]}. */
  private static final Pattern WORDED = Pattern.compile(
      "(?i)[\\[(]\\s*(?:sources?|src|ref)\\s*:?\\s*#?(\\d{1,3}(?:\\s*(?:,|;|and|&|-|–)\\s*#?\\d{1,3})*)\\s*[\\])]");

  private final SentenceSplitter sentences = new SentenceSplitter();

  /**
   * The checked answer: the text with valid, renumbered markers; the cited sources in the new
   * numbering; how many markers were removed; and how many sentences were dropped because they
   * cited only sources that were never given.
   */
  public record Checked(String text, List<Source> sources, int removed, int droppedSentences) {}

  /** Checks a draft's text against the sources it was written from (source n is {@code number(n)}). */
  public Checked check(String draft, NumberedSources given) {
    String text = normalise(draft);
    Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    int[] counts = {0, 0};
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (Sentence sentence : sentences.split(text)) {
      out.append(text, last, sentence.start());
      out.append(checkSentence(sentence.text(), given, renumbered, counts));
      last = sentence.end();
    }
    out.append(text.substring(last));
    List<Source> sources = new ArrayList<>();
    renumbered.forEach((n, citedAs) -> sources.add(given.number(n).orElseThrow().cited(citedAs)));
    return new Checked(tidy(out.toString()), sources, counts[0], counts[1]);
  }

  /** Rewrites the other citation formats models use as bracketed numbers. */
  static String normalise(String text) {
    String out = FOOTNOTE.matcher(text).replaceAll("[$1]");
    out = DAGGER.matcher(out).replaceAll("[$1]");
    Matcher worded = WORDED.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (worded.find()) {
      String numbers = worded.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s*(and|&)\\s*", ",").replace("#", "");
      worded.appendReplacement(sb, Matcher.quoteReplacement("[" + numbers + "]"));
    }
    worded.appendTail(sb);
    return sb.toString();
  }

  private String checkSentence(String sentence, NumberedSources given, Map<Integer, Integer> renumbered,
      int[] counts) {
    Matcher m = MARKER.matcher(sentence);
    StringBuilder out = new StringBuilder();
    int last = 0;
    int markers = 0;
    int valid = 0;
    while (m.find()) {
      out.append(sentence, last, m.start());
      List<String> kept = new ArrayList<>();
      for (int n : numbers(m.group(1))) {
        markers++;
        if (given.number(n).isPresent()) {
          valid++;
          String marker = "[" + renumbered.computeIfAbsent(n, g -> renumbered.size() + 1) + "]";
          if (!kept.contains(marker)) {
            kept.add(marker);
          }
        } else {
          counts[0]++;
          log.warn("removed citation [{}]: only {} sources were given", n, given.size());
        }
      }
      out.append(String.join(" ", kept));
      last = m.end();
    }
    out.append(sentence.substring(last));
    if (markers > 0 && valid == 0) {
      counts[1]++;
      log.warn("dropped a sentence that cited only sources never given");
      return "";
    }
    return out.toString();
  }

  private static List<Integer> numbers(String group) {
    List<Integer> out = new ArrayList<>();
    for (String range : group.split("\\s*[,;]\\s*")) {
      String[] ends = range.split("\\s*[–-]\\s*");
      int from = Integer.parseInt(ends[0].strip());
      int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
      for (int n = from; n <= Math.min(to, from + 20); n++) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Separates a marker from the word or marker before it ({@code fact[1][2]} becomes
   * {@code fact [1] [2]}) and removes the gaps a dropped marker or sentence leaves.
   */
  private static String tidy(String text) {
    return text.replaceAll("(?<=[^\\s(])\\[(\\d+)]", " [$1]")
        .replaceAll("[ \\t]{2,}", " ")
        .replaceAll(" +([.,;:!?])", "$1")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
