package dev.newsdesk.bot.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Decides whether a composed answer states the correct choice of a multiple-choice question.
 *
 * <p>The rule. Text is compared as tokens from Lucene's {@code EnglishAnalyzer} (lower-cased,
 * possessive {@code 's} removed, Lucene's English stop words removed, Porter-stemmed); citation
 * markers are removed from the answer first. A choice's <em>key words</em> are its tokens that do not
 * occur in every choice of the question (words all choices share cannot tell them apart); when that
 * leaves none, all its tokens; when the choice is only stop words ("No"), its lower-cased words with
 * the stop words kept, compared with the answer's words the same way. A choice's <em>share</em> is
 * the fraction of its key words found among the answer's tokens; the answer <em>states</em> the
 * choice when that share is 1 for a choice of one or two key words and at least 2/3 for a longer
 * one. The answer is correct when it is not an abstention, states the correct choice, and no wrong
 * choice has a larger share: an answer that names both the right and a wrong choice is correct, one
 * that states only wrong choices, or none, is wrong.
 */
public final class ChoiceStatement {

  static final double LONG_CHOICE_SHARE = 2.0 / 3.0;

  private final Analyzer english = new EnglishAnalyzer();
  private final Analyzer plain = new StandardAnalyzer(CharArraySet.EMPTY_SET);

  /** True when {@code answer} (not an abstention) states choice {@code correct} as the rule above says. */
  public boolean correct(String answer, List<String> choices, int correct) {
    if (correct < 0 || correct >= choices.size()) {
      throw new IllegalArgumentException("the correct choice " + correct + " is not one of " + choices.size());
    }
    String text = QaCheck.withoutMarkers(answer);
    Set<String> answerEnglish = tokens(english, text);
    Set<String> answerPlain = tokens(plain, text);
    List<Set<String>> keys = keyWords(choices);
    double[] shares = new double[choices.size()];
    for (int i = 0; i < choices.size(); i++) {
      boolean stopWordsOnly = tokens(english, choices.get(i)).isEmpty();
      shares[i] = share(keys.get(i), stopWordsOnly ? answerPlain : answerEnglish);
    }
    if (!states(keys.get(correct), shares[correct])) {
      return false;
    }
    for (int i = 0; i < choices.size(); i++) {
      if (i != correct && shares[i] > shares[correct]) {
        return false;
      }
    }
    return true;
  }

  /** The key words of each choice, as the class javadoc defines them. */
  List<Set<String>> keyWords(List<String> choices) {
    List<Set<String>> analysed = choices.stream().map(c -> tokens(english, c)).toList();
    Set<String> shared = new HashSet<>(analysed.get(0));
    analysed.forEach(shared::retainAll);
    List<Set<String>> keys = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      Set<String> key = new LinkedHashSet<>(analysed.get(i));
      key.removeAll(shared);
      if (key.isEmpty()) {
        key = analysed.get(i).isEmpty() ? tokens(plain, choices.get(i)) : analysed.get(i);
      }
      keys.add(key);
    }
    return keys;
  }

  private static boolean states(Set<String> key, double share) {
    return !key.isEmpty() && (key.size() <= 2 ? share == 1.0 : share >= LONG_CHOICE_SHARE - 1e-9);
  }

  private static double share(Set<String> key, Set<String> answer) {
    if (key.isEmpty()) {
      return 0;
    }
    return (double) key.stream().filter(answer::contains).count() / key.size();
  }

  private static Set<String> tokens(Analyzer analyzer, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory cannot fail", e);
    }
    return out;
  }
}
