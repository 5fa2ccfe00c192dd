package dev.newsdesk.bot.eval;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.SentenceUnits;
import dev.newsdesk.retrieval.chunk.Sentence;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores one answer against its item.
 *
 * <p>The answer text is compared without its citation markers ({@code [1]}, {@code [1, 2]}),
 * lower-cased, with every run of whitespace made one space; a phrase matches when it appears in
 * that text as a substring. An item that expects an answer is <em>correct</em> when the answer is
 * not an abstention and every must-group has a phrase in the text, and <em>first-sentence
 * correct</em> when every group has a phrase in the first sentence (split by the project's {@link
 * SentenceSplitter}). An abstain item is correct, in both senses, exactly when {@link
 * Answer#abstained()} is true.
 */
public final class QaCheck {

  private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u202f]+");

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final SentenceUnits units = new SentenceUnits();

  /** The verdict on an answer: correct, and correct within the first sentence. */
  public record Verdict(boolean correct, boolean firstSentenceCorrect) {}

  public Verdict check(QaItem item, Answer answer) {
    if (item.abstain()) {
      return new Verdict(answer.abstained(), answer.abstained());
    }
    if (answer.abstained()) {
      return new Verdict(false, false);
    }
    String text = MARKERS.matcher(answer.text()).replaceAll("");
    return new Verdict(holdsAll(item.must(), text), holdsAll(item.must(), first(text)));
  }

  /** The first sentence of an answer as scored, without citation markers. */
  public String firstSentence(Answer answer) {
    return first(MARKERS.matcher(answer.text()).replaceAll(""));
  }

  /**
   * The first sentence as a reader takes it: a quotation of several sentences with its "said …" is
   * one ({@link SentenceUnits}); the plain first sentence when the text opens with an unbalanced quotation.
   */
  private String first(String text) {
    List<String> units = this.units.of(text);
    String start = text.replaceAll("\\s+", " ").strip();
    if (!units.isEmpty() && start.startsWith(units.get(0))) {
      return units.get(0);
    }
    List<Sentence> sentences = splitter.split(text);
    return sentences.isEmpty() ? "" : sentences.get(0).text();
  }

  /** {@code text} without its citation markers ({@code [1]}, {@code [1, 2]}). */
  public static String withoutMarkers(String text) {
    return MARKERS.matcher(text).replaceAll("");
  }

  static boolean holdsAll(List<List<String>> groups, String text) {
    String haystack = normalise(text);
    return groups.stream().allMatch(g -> g.stream().anyMatch(p -> haystack.contains(normalise(p))));
  }

  static String normalise(String s) {
    return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
