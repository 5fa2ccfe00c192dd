package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.chunk.Sentence;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.TermWeights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offline composer: answers with the few sentences of the retrieved passages that cover the
 * question's informative words best, each followed by the citation of its article.
 *
 * <p>Coverage is the share of the question's weight (inverse document frequency, so rare words
 * count most) found in a sentence. When no sentence covers at least {@code minCoverage} of it, the
 * news in the index does not answer the question and the composer says so, citing nothing. It
 * quotes; it does not paraphrase, combine facts or reason about time.
 */
public final class ExtractiveComposer implements Composer {

  /** Words that shape a question but say nothing about its subject. */
  private static final Set<String> QUESTION_WORDS =
      Set.of("what", "who", "whom", "whose", "when", "where", "why", "how", "which", "did", "do",
          "doe", "tell", "me", "about", "latest", "new", "happen", "know", "can", "could", "would",
          "should", "has", "have", "ha", "been", "any", "i", "you", "we", "so", "far");

  private static final int MIN_WORDS = 5;
  private static final int MAX_WORDS = 80;
  /** How much a sentence of the kind the question wants (a number for "how many") is preferred. */
  private static final double TYPE_BONUS = 0.2;
  private static final double CONTEXT_SHARE = 0.5;

  private final TermWeights weights;
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final double minCoverage;
  private final int maxSentences;

  public ExtractiveComposer(TermWeights weights, double minCoverage, int maxSentences) {
    if (minCoverage <= 0 || minCoverage > 1) {
      throw new IllegalArgumentException("minCoverage must be in (0, 1], was " + minCoverage);
    }
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be at least 1, was " + maxSentences);
    }
    this.weights = weights;
    this.minCoverage = minCoverage;
    this.maxSentences = maxSentences;
  }

  @Override
  public Draft compose(ComposeRequest request, AnswerListener listener) {
    String question = request.question();
    Map<String, Double> subject = subjectWeights(request);
    double total = subject.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0 || request.sources().isEmpty()) {
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    List<RetrievedPassage> passages = request.sources().all().stream()
        .flatMap(source -> source.passages().stream()).toList();
    List<Candidate> candidates = candidates(passages, subject, total, AnswerType.of(question));
    if (candidates.stream().noneMatch(c -> c.coverage() >= minCoverage)) {
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    return write(select(candidates), request.sources());
  }

  /**
   * The question's informative words and their weights, without question words and without the
   * words of the time expression the search already applied ("on 24 June").
   */
  private Map<String, Double> subjectWeights(ComposeRequest request) {
    Map<String, Double> all = new java.util.LinkedHashMap<>(weights.weigh(request.question()));
    all.keySet().removeIf(QUESTION_WORDS::contains);
    request.scope().ifPresent(scope -> all.keySet().removeAll(weights.terms(scope.expression())));
    return all;
  }

  /**
   * Every usable sentence of the passages, best first; ties go to the better passage. A question
   * word missing from a sentence but present in its headline or the sentence before counts for
   * {@value #CONTEXT_SHARE} of its weight: "87.4% backed strike action" answers a question about
   * Brennick dock workers when the headline names them.
   */
  private List<Candidate> candidates(
      List<RetrievedPassage> passages, Map<String, Double> subject, double total, AnswerType type) {
    List<Candidate> out = new ArrayList<>();
    for (int rank = 0; rank < passages.size(); rank++) {
      RetrievedPassage passage = passages.get(rank);
      Set<String> title = new HashSet<>(weights.terms(passage.title()));
      Set<String> previous = Set.of();
      for (Sentence sentence : sentences.split(passage.text())) {
        String text = sentence.text().replaceAll("\\s+", " ").strip();
        Set<String> terms = new HashSet<>(weights.terms(text));
        Set<String> context = new HashSet<>(title);
        context.addAll(previous);
        previous = terms;
        int words = text.split(" ").length;
        if (words < MIN_WORDS || words > MAX_WORDS || text.endsWith("?")) {
          continue;
        }
        double coverage = covered(subject, terms, context) / total;
        double score = coverage + (type.fits(text) ? TYPE_BONUS : 0);
        out.add(new Candidate(text, passage, rank, terms, coverage, score));
      }
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed()
        .thenComparingInt(Candidate::rank));
    return out;
  }

  private static double covered(Map<String, Double> subject, Set<String> terms, Set<String> context) {
    double sum = 0;
    for (Map.Entry<String, Double> term : subject.entrySet()) {
      if (terms.contains(term.getKey())) {
        sum += term.getValue();
      } else if (context.contains(term.getKey())) {
        sum += term.getValue() * CONTEXT_SHARE;
      }
    }
    return sum;
  }

  /**
   * Greedy selection: the best sentence, then sentences that still score close to it, cover enough
   * of the question and are not near-copies of one already chosen.
   */
  private List<Candidate> select(List<Candidate> ranked) {
    List<Candidate> chosen = new ArrayList<>();
    double best = ranked.stream().filter(c -> c.coverage() >= minCoverage)
        .mapToDouble(Candidate::score).max().orElseThrow();
    for (Candidate candidate : ranked) {
      if (chosen.size() == maxSentences || candidate.score() < best * 0.6) {
        break;
      }
      if (candidate.coverage() >= minCoverage
          && chosen.stream().noneMatch(c -> nearCopy(c.terms(), candidate.terms()))) {
        chosen.add(candidate);
      }
    }
    return chosen;
  }

  private static boolean nearCopy(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int union = a.size() + b.size() - shared.size();
    return union == 0 || (double) shared.size() / union >= 0.5;
  }

  private static Draft write(List<Candidate> chosen, NumberedSources sources) {
    StringBuilder text = new StringBuilder();
    for (Candidate candidate : chosen) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(mark(candidate.text(), sources.numberOf(candidate.passage())));
    }
    return new Draft(text.toString(), false, Provenance.EXTRACTIVE);
  }

  /** The sentence with its citation: before a final full stop, else after the sentence. */
  static String mark(String sentence, int n) {
    String marker = "[" + n + "]";
    if (sentence.endsWith(".") && !sentence.endsWith("..")) {
      return sentence.substring(0, sentence.length() - 1) + " " + marker + ".";
    }
    return sentence + " " + marker;
  }

  private record Candidate(
      String text, RetrievedPassage passage, int rank, Set<String> terms, double coverage,
      double score) {}
}
