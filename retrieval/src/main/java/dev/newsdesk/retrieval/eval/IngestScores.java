package dev.newsdesk.retrieval.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tallies of one kind of input in an {@link IngestEvaluation}, and what went wrong.
 *
 * <p>Each measure is a pair (right, counted): {@code title}, {@code outlet}, {@code date} (of
 * inputs that state one), {@code undated} (inputs that state none, right when no date was
 * invented), {@code authors} (the same set), {@code body} (required sentences found: recall),
 * {@code furniture} (furniture lines absent: precision), {@code partial} (stubs marked, others
 * not), {@code url}.
 */
public final class IngestScores {

  /** The measures, in the order reports show them. */
  public static final List<String> MEASURES =
      List.of("title", "outlet", "date", "undated", "authors", "body", "furniture", "partial", "url");

  private final Map<String, int[]> tallies = new LinkedHashMap<>();
  private int articles;
  private int dataLoss;
  private int halfWithoutWarning;
  private final List<String> misses = new ArrayList<>();

  public IngestScores() {
    MEASURES.forEach(m -> tallies.put(m, new int[2]));
  }

  void count(String measure, boolean right, String what) {
    if (measure.equals("title")) {
      articles++;
    }
    add(measure, right ? 1 : 0, 1);
    if (!right) {
      misses.add(measure + ": " + what);
    }
  }

  void add(String measure, int right, int counted) {
    int[] t = tallies.get(measure);
    t[0] += right;
    t[1] += counted;
  }

  void missing(String input, boolean reported) {
    if (!reported) {
      dataLoss++;
    }
    misses.add(input + ": an expected article was not read" + (reported ? " (reported)" : " and not reported"));
  }

  void duplicateId(String what) {
    dataLoss++;
    misses.add("two articles under one id: " + what);
  }

  void halfWithoutWarning(String what) {
    halfWithoutWarning++;
    misses.add("under half of the body, no warning: " + what);
  }

  void note(String what) {
    misses.add(what);
  }

  public int articles() {
    return articles;
  }

  public int dataLoss() {
    return dataLoss;
  }

  public int halfWithoutWarning() {
    return halfWithoutWarning;
  }

  public List<String> misses() {
    return List.copyOf(misses);
  }

  /** Right and counted for one of {@link #MEASURES}. */
  public int[] tally(String measure) {
    int[] t = tallies.get(measure);
    if (t == null) {
      throw new IllegalArgumentException("no measure " + measure);
    }
    return t.clone();
  }

  /** These tallies and the other's together (for the total line). */
  public IngestScores plus(IngestScores other) {
    IngestScores sum = new IngestScores();
    for (String m : MEASURES) {
      sum.add(m, tally(m)[0] + other.tally(m)[0], tally(m)[1] + other.tally(m)[1]);
    }
    sum.articles = articles + other.articles;
    sum.dataLoss = dataLoss + other.dataLoss;
    sum.halfWithoutWarning = halfWithoutWarning + other.halfWithoutWarning;
    sum.misses.addAll(misses);
    sum.misses.addAll(other.misses);
    return sum;
  }

  /** A share as a percentage with one decimal, or "-" when nothing was counted. */
  public static String percent(int[] tally) {
    return tally[1] == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * tally[0] / tally[1]);
  }
}
