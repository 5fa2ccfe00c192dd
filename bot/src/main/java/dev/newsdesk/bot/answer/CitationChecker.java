package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the citation contract on a model's text: every marker refers to a source the model was
 * given, and the source list holds exactly the cited sources, numbered in order of first citation.
 *
 * <p>{@code [1, 2]}, {@code [1][2]}, {@code [1-2]} and {@code 【1】} become {@code [1] [2]}; a
 * marker for a source that was not given is removed and logged.
 */
public final class CitationChecker {

  private static final Logger log = LoggerFactory.getLogger(CitationChecker.class);

  /** A bracketed list of numbers: [1], [1, 2], [1,2,3], [1-3], with full-width brackets too. */
  private static final Pattern MARKER =
      Pattern.compile("[\\[【［]\\s*(\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)\\s*[\\]】］]");

  private static final Pattern ABSTENTION = Pattern.compile(
      "(?i)\\b(the (provided |given )?(sources|articles|passages) (do not|don't|does not|doesn't) "
          + "(say|mention|contain|answer|cover|include)|i (couldn't|could not|cannot|can't) find|"
          + "no (relevant )?information (about|on)|not (mentioned|covered) in the (sources|articles))");

  /** The checked answer text and sources, and how many markers were dropped. */
  public record Checked(String text, List<Source> sources, int removed, boolean abstained) {}

  /**
   * Checks text written from numbered sources: source n is {@code sources.get(n - 1)}, one per
   * article (see {@link SourceList}).
   */
  public Checked check(String text, List<RetrievedPassage> passages) {
    Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    int[] removed = {0};
    StringBuilder out = new StringBuilder();
    Matcher m = MARKER.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      List<String> kept = new ArrayList<>();
      for (int given : numbers(m.group(1))) {
        if (given >= 1 && given <= passages.size()) {
          int n = renumbered.computeIfAbsent(given, g -> renumbered.size() + 1);
          if (!kept.contains("[" + n + "]")) {
            kept.add("[" + n + "]");
          }
        } else {
          removed[0]++;
          log.warn("removed citation [{}]: only {} sources were given", given, passages.size());
        }
      }
      out.append(String.join(" ", kept));
      last = m.end();
    }
    out.append(text.substring(last));
    String cleaned = tidy(out.toString());
    List<Source> sources = sources(renumbered, passages);
    boolean abstained = sources.isEmpty() && ABSTENTION.matcher(cleaned).find();
    return new Checked(cleaned, sources, removed[0], abstained);
  }

  /** Whether a text says, in a model's usual words, that the sources do not answer. */
  public boolean soundsLikeAbstention(String text) {
    return ABSTENTION.matcher(text).find();
  }

  private static List<Integer> numbers(String group) {
    List<Integer> out = new ArrayList<>();
    String[] ranges = group.split("\\s*[,;]\\s*");
    for (String range : ranges) {
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
   * {@code fact [1] [2]}) and removes the gaps a dropped marker leaves.
   */
  private static String tidy(String text) {
    return text.replaceAll("(?<=[^\\s(])\\[(\\d+)]", " [$1]")
        .replaceAll("[ \\t]{2,}", " ")
        .replaceAll(" +([.,;:!?])", "$1")
        .strip();
  }

  private static List<Source> sources(Map<Integer, Integer> renumbered, List<RetrievedPassage> passages) {
    List<Source> sources = new ArrayList<>();
    renumbered.forEach((given, n) -> sources.add(Source.of(n, passages.get(given - 1))));
    return sources;
  }
}
