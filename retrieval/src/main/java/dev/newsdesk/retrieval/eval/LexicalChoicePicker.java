package dev.newsdesk.retrieval.eval;

import dev.newsdesk.retrieval.chunk.Sentence;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.TermWeights;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the choice the retrieved passages support most: the choice whose informative words occur
 * in a short window (a sentence and its neighbours) that also holds much of the question, in a
 * highly ranked passage.
 *
 * <p>Words a choice shares with the question say nothing about which choice is right and are left
 * out of its weight. A window's support is choice coverage times (a floor plus question coverage),
 * discounted by the passage's rank; a choice's score is its best window plus a small share of its
 * other passages' best windows, so corroboration counts.
 */
public final class LexicalChoicePicker implements ChoicePicker {

  private static final double QUESTION_FLOOR = 0.25;
  private static final double RANK_DECAY = 0.15;
  private static final double CORROBORATION = 0.2;

  private final TermWeights weights;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public LexicalChoicePicker(TermWeights weights) {
    this.weights = weights;
  }

  @Override
  public int pick(EvalQuestion.Asked question, List<RetrievedPassage> passages) {
    Map<String, Double> questionTerms = weights.weigh(question.question());
    List<List<Set<String>>> windows = passages.stream().map(this::windows).toList();
    int best = 0;
    double bestScore = -1;
    for (int c = 0; c < question.choices().size(); c++) {
      Map<String, Double> choice = choiceTerms(question.choices().get(c), questionTerms);
      double score = support(choice, questionTerms, windows);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private Map<String, Double> choiceTerms(String choice, Map<String, Double> questionTerms) {
    Map<String, Double> terms = new java.util.LinkedHashMap<>(weights.weigh(choice));
    Map<String, Double> own = new java.util.LinkedHashMap<>(terms);
    own.keySet().removeAll(questionTerms.keySet());
    return own.isEmpty() ? terms : own;
  }

  private double support(
      Map<String, Double> choice, Map<String, Double> question, List<List<Set<String>>> windows) {
    double best = 0;
    double others = 0;
    for (int rank = 0; rank < windows.size(); rank++) {
      double passageBest = 0;
      for (Set<String> window : windows.get(rank)) {
        double c = coverage(choice, window);
        if (c > 0) {
          passageBest = Math.max(passageBest, c * (QUESTION_FLOOR + coverage(question, window)));
        }
      }
      passageBest /= 1 + RANK_DECAY * rank;
      best = Math.max(best, passageBest);
      others += passageBest;
    }
    return best + CORROBORATION * (others - best);
  }

  /** The term sets of each sentence together with its neighbours. */
  private List<Set<String>> windows(RetrievedPassage passage) {
    List<Set<String>> sentences =
        splitter.split(passage.text()).stream().map(Sentence::text).map(t -> (Set<String>) new HashSet<>(weights.terms(t))).toList();
    Set<String> title = new HashSet<>(weights.terms(passage.title()));
    List<Set<String>> out = new java.util.ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> window = new HashSet<>(title);
      for (int j = Math.max(0, i - 1); j <= Math.min(sentences.size() - 1, i + 1); j++) {
        window.addAll(sentences.get(j));
      }
      out.add(window);
    }
    return out;
  }

  private static double coverage(Map<String, Double> terms, Set<String> window) {
    double total = 0;
    double found = 0;
    for (Map.Entry<String, Double> t : terms.entrySet()) {
      total += t.getValue();
      if (window.contains(t.getKey())) {
        found += t.getValue();
      }
    }
    return total == 0 ? 0 : found / total;
  }
}
