package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.Turn;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.TermWeights;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The offline composer: answers with the few sentences of the retrieved passages that state what
 * the question asks, the sentence that states the fact first, each followed by the citation of its
 * article. It quotes; it does not paraphrase, combine facts or reason about time.
 *
 * <p>A sentence is scored by its <b>coverage</b> (the share of the question's informative weight,
 * inverse document frequency, found in it; a word found only in the headline or the sentence before
 * counts {@value #CONTEXT_SHARE}; with a word model loaded, a question word whose meaning a word of
 * the sentence or headline shares, by {@link TermSimilarity}, counts {@value #SOFT_SHARE}: "fled"
 * for "evacuated") and how well it <b>fits the answer type</b> ({@link AnswerType}: a name for
 * <i>who</i>, a number for <i>how many</i>, a date for <i>when</i>…).
 *
 * <p>It abstains, citing nothing, unless some sentence is <b>supported</b>: it covers at least
 * {@code minCoverage} of the question; every name the question is about appears in the sentence's
 * article; every question word that no article of the index holds ("olympiad", "arrested") is
 * matched in meaning by a word of the sentence or its headline (when the word model is loaded:
 * without it, such a word could be a paraphrase and only lowers the coverage); and, for a question that asks for
 * a kind of fact (a person, a number, a date, a place), the sentence states one. So a question
 * about an event the news does not mention is not answered with the nearest other event. Within a
 * conversation, a sentence an earlier answer quoted comes after any other supported sentence, unless
 * the same question is asked again.
 */
public final class ExtractiveComposer implements Composer {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExtractiveComposer.class);

  private static final int MIN_WORDS = 5;
  private static final int MAX_WORDS = 80;
  private static final double CONTEXT_SHARE = 0.5;
  /** The share of the lead's coverage a sentence of another article needs to join the answer. */
  private static final double OTHER_ARTICLE_SHARE = 0.75;
  /** The share of a word's weight that a word of the same meaning earns. */
  private static final double SOFT_SHARE = 0.8;
  /** The least share of the question a sentence must cover word for word, before meanings are matched. */
  private static final double LEXICAL_FLOOR = 0.15;
  /** The least fit to the answer type of a sentence that answers a typed question. */
  private static final double MIN_FIT = 0.4;
  /** The share of the least coverage that a sentence stating the fact clearly needs beside a supported one. */
  private static final double NEIGHBOUR_SHARE = 0.7;
  /** The least fit of a sentence that gives a cause ({@link AnswerType#CAUSE}: a causal cue, "after" included). */
  private static final double CAUSE_FIT = 0.6;
  /** The fit of a sentence that gives a cause clearly ("because", "helped to"): it answers beside a supported one. */
  private static final double CLEAR_CAUSE_FIT = 0.8;
  /** How many of the best sentences are matched in meaning, word by word, with the question. */
  private static final int SOFT_CANDIDATES = 8;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'’-]+");
  /** Question words that name the kind of fact asked for, which the answer supplies. */
  /**
   * The share of the question's weight that missing things must carry to sink an article (chosen on
   * eval --qa and RealTime QA dev: 0.2 and 0.25 abstain alike on the first, 0.3 lets near-misses through): one
   * decisive word of a short question ("national" in "Who won the national chess championship?")
   * does; a background word of a long one ("…, given to the player voted by the media as MVP") does not.
   */
  private static final double MISSED_SHARE = 0.25;
  /**
   * The share of what the question asks about its subject (its {@link QuestionSubject#focus}) that
   * missing things must carry to sink an article: "the bridge" in "When will the bridge to Gull Island
   * open?" weighs little beside the island's name but is half of what is asked.
   */
  private static final double MISSED_FOCUS_SHARE = 0.5;
  private static final Set<String> ANSWER_WORDS = Set.of("now", "one", "two", "three", "more", "most", "least",
      "week", "month", "type", "kind", "piece", "part", "back", "up", "off", "out", "down", "away", "over","score", "cost", "costs", "price", "name", "time", "date",
      "year", "day", "place", "reason", "cause", "caused", "result", "happen", "happened", "say", "said", "do", "does");
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "was", "were",
      "has", "have", "had", "are", "its", "their", "his", "her", "but", "not", "who", "which", "will", "would", "said",
      "says", "than", "then", "into", "over", "after", "about", "been", "also", "they", "them", "our", "she", "him");

  private final TermWeights weights;
  private final Optional<TermSimilarity> similarity;
  private final SentenceUnits units = new SentenceUnits();
  /** The analysed terms of WordNet lemmas, bounded by WordNet's vocabulary: lemmas recur across questions. */
  private final Map<String, List<String>> lemmaTerms = new java.util.concurrent.ConcurrentHashMap<>();
  private final WordSenses senses = WordSenses.shared();
  private final double minCoverage;
  private final int maxSentences;

  /**
   * @param similarity the word model that matches words of the same meaning; empty to match words alone
   * @param minCoverage the share of the question's weight a sentence must cover, in (0, 1]
   * @param maxSentences the most sentences quoted, at least 1
   */
  public ExtractiveComposer(TermWeights weights, Optional<TermSimilarity> similarity, double minCoverage,
      int maxSentences) {
    if (minCoverage <= 0 || minCoverage > 1) {
      throw new IllegalArgumentException("minCoverage must be in (0, 1], was " + minCoverage);
    }
    if (maxSentences < 1) {
      throw new IllegalArgumentException("maxSentences must be at least 1, was " + maxSentences);
    }
    this.weights = weights;
    this.similarity = similarity;
    this.minCoverage = minCoverage;
    this.maxSentences = maxSentences;
  }

  @Override
  public Draft compose(ComposeRequest request, AnswerListener listener) {
    QuestionSubject subject = QuestionSubject.of(request, weights);
    if (request.sources().isEmpty()) {
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    if (subject.isEmpty()) {
      // "What happened on 23 November?": the dates are the whole question, and the search kept to them
      return request.scope().isPresent() ? leads(request) : Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    AnswerType type = AnswerType.of(request.original());
    Map<Integer, Set<String>> articleTerms = new java.util.HashMap<>();
    Map<Integer, String> articleTexts = new java.util.HashMap<>();
    List<SentenceCandidate> candidates =
        candidates(request, subject, type, alreadyGiven(request), articleTerms, articleTexts);
    candidates.sort(SentenceCandidate.BEST_FIRST);
    matchMeanings(subject, candidates);
    checkArticles(subject, articleTerms, articleTexts, candidates, AnswerType.counted(request.original()),
        weights.terms(AnswerType.countedOf(request.original())),
        List.of(request.original().split("[^\\p{L}]+")));
    candidates.sort(SentenceCandidate.BEST_FIRST);
    boolean typed = type != AnswerType.ANY && type != AnswerType.CAUSE;
    // beside a supported sentence, one that clearly states the fact asked for (or gives a cause) answers too
    double clearFit = type == AnswerType.CAUSE ? CLEAR_CAUSE_FIT : typed ? SentenceCandidate.STRONG_FIT : 2;
    List<SentenceCandidate> supported = withNeighbours(candidates.stream().filter(c -> supported(c, typed)).toList(),
        candidates, clearFit);
    if (log.isDebugEnabled()) {
      log.debug("question {} ({}): names {}, words no article holds {}", request.question(), type, subject.names(),
          subject.unseen());
      candidates.stream().limit(6).forEach(c -> log.debug("  {} coverage {} focus {} fit {} missed {} article misses {}: {}",
          supported(c, typed) ? "supported" : "not supported", String.format(Locale.ROOT, "%.2f", c.coverage),
          String.format(Locale.ROOT, "%.2f", c.focus),
          String.format(Locale.ROOT, "%.2f", c.fit), c.uncovered, c.articleMissed, c.text));
    }
    if (supported.isEmpty()) {
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    if (type == AnswerType.CAUSE) {
      supported = causesFirst(supported);
    }
    if (request.widened()) {
      supported = newestFirst(supported);
    }
    return write(select(supported), request.sources());
  }

  /**
   * Every quotable sentence of the sources; a question word missing from a sentence but present in
   * its headline or the sentence before counts for {@value #CONTEXT_SHARE} of its weight: "87.4%
   * backed strike action" answers a question about Brennick dock workers when the headline names them.
   */
  private List<SentenceCandidate> candidates(ComposeRequest request, QuestionSubject subject, AnswerType type,
      Set<String> given, Map<Integer, Set<String>> articleTerms, Map<Integer, String> articleTexts) {
    List<SentenceCandidate> out = new ArrayList<>();
    Map<String, Double> focus = subject.focus();
    for (NumberedSource source : request.sources().all()) {
      Set<String> title = new HashSet<>(weights.terms(source.title()));
      Set<String> titleWords = words(source.title());
      String counted = AnswerType.counted(request.original());
      Set<String> article = new HashSet<>(title);
      article.addAll(weights.terms(source.text()));
      articleTerms.put(source.n(), article);
      articleTexts.put(source.n(), source.title() + "\n" + source.text());
      boolean namesInArticle = subject.names().stream().allMatch(article::containsAll);
      for (RetrievedPassage passage : source.passages()) {
        Set<String> previous = Set.of();
        for (String text : units.of(passage.text())) {
          Set<String> terms = new HashSet<>(weights.terms(text));
          Set<String> context = new HashSet<>(title);
          context.addAll(previous);
          previous = terms;
          int words = text.split(" ").length;
          if (words < MIN_WORDS || words > MAX_WORDS || text.endsWith("?")) {
            continue;
          }
          Set<String> uncovered = new HashSet<>(subject.weights().keySet());
          uncovered.removeAll(terms);
          uncovered.removeAll(context);
          double coverage = covered(subject.weights(), terms, context) / subject.total();
          double fit = type.fit(text, subject.words(), counted);
          Set<String> meaningWords = words(text);
          meaningWords.addAll(titleWords);
          SentenceCandidate candidate = new SentenceCandidate(text, passage, source.n(), terms, coverage, fit, namesInArticle, uncovered,
              meaningWords, new HashSet<>(uncovered.stream().filter(subject.unseen()::contains).toList()));
          candidate.given = given.contains(normalise(text));
          candidate.focus = focus.entrySet().stream().filter(e -> terms.contains(e.getKey()))
              .mapToDouble(Map.Entry::getValue).sum();
          out.add(candidate);
        }
      }
    }
    return out;
  }

  /**
   * For the best sentences, each question word they miss is looked for in meaning among the words
   * of the sentence and its headline: found, it counts {@value #SOFT_SHARE} of its weight; an unseen
   * word (no article holds it) that is not found keeps the sentence from supporting an answer.
   */
  private void matchMeanings(QuestionSubject subject, List<SentenceCandidate> ranked) {
    Map<String, Double> focus = subject.focus();
    int looked = 0;
    for (SentenceCandidate c : ranked) {
      if (looked == SOFT_CANDIDATES) {
        break;
      }
      if (!c.namesInArticle || c.uncovered.isEmpty()) {
        continue;
      }
      looked++;
      Set<String> unmatched = new HashSet<>();
      double soft = 0;
      for (String term : c.uncovered) {
        String word = subject.surface().getOrDefault(term, term);
        var closest = similarity.isPresent() && !c.meaningWords.isEmpty()
            ? similarity.get().closest(word, c.meaningWords) : java.util.Optional.<Map.Entry<String, Double>>empty();
        double similar = closest.map(Map.Entry::getValue).orElse(-1.0);
        // two kinds of one thing ("autumn" and "spring") are close as vectors but name different things
        if (closest.isPresent() && senses.contrasting(word, closest.get().getKey())) {
          similar = -1;
        }
        if (similar >= TermSimilarity.SAME_MEANING) {
          soft += subject.weights().get(term) * SOFT_SHARE;
        }
        // word vectors also put opposites close ("reopen", "close"): what is asked needs a sense
        if (focus.containsKey(term) && relatedInArticle(senses.related(word), c.terms())) {
          c.focus += focus.get(term) * SOFT_SHARE;
        }
        // a thing no article names needs a close match: word vectors put "dollar" near "budget"
        boolean matched = similar >= (senses.isThing(word) ? TermSimilarity.SAME_THING : TermSimilarity.SAME_MEANING);
        if (!matched && subject.unseen().contains(term)) {
          unmatched.add(term);
        }
      }
      c.coverage += soft / subject.total();
      c.unseenUnmatched = unmatched;
      c.meaningsMatched = true;
    }
  }

  private boolean supported(SentenceCandidate c, boolean typed) {
    return c.coverage + 1e-9 >= minCoverage && c.lexical >= LEXICAL_FLOOR && c.namesInArticle
        && !c.articleMisses && (!typed || c.fit >= MIN_FIT);
  }

  /**
   * Whether each article of the best sentences holds every word the question is about, word for
   * word or in meaning, anywhere in its headline or retrieved passages: "Who won the national chess
   * championship?" is not answered from a club's youth championship, nor "the semi-final" from the
   * final. Words that name the kind of fact asked for ("score", "cost", "cause") are the answer's to
   * supply, not the article's. Without a word model nothing is checked.
   */
  private void checkArticles(QuestionSubject subject, Map<Integer, Set<String>> articleTerms,
      Map<Integer, String> articleTexts, List<SentenceCandidate> ranked, String counted, List<String> countedOf,
      List<String> asked) {
    Map<Integer, Set<String>> misses = new java.util.HashMap<>();
    // what sinks an article whatever the sentence: another kind of a thing it holds, a hyphenated thing it lacks
    Map<Integer, Boolean> otherKind = new java.util.HashMap<>();
    Map<String, Double> focus = subject.focus();
    // the words naming the kind of fact asked for ("caused", "cost") are the answer's: the focus is the rest
    double askedFocus = focus.entrySet().stream()
        .filter(e -> !answerWord(subject.surface().getOrDefault(e.getKey(), e.getKey()), counted))
        .mapToDouble(Map.Entry::getValue).sum();
    if (askedFocus <= 0) {
      askedFocus = 1;
    }
    // a sentence whose meanings were not matched word by word takes its article's best match
    Map<Integer, Set<String>> articleUnmatched = new java.util.HashMap<>();
    for (SentenceCandidate c : ranked) {
      if (c.meaningsMatched) {
        articleUnmatched.merge(c.rank(), c.unseenUnmatched, (a, b) -> {
          Set<String> both = new HashSet<>(a);
          both.retainAll(b);
          return both;
        });
      }
    }
    // every sentence is checked (an article's misses are found once): a sentence ranked low is no safer
    for (SentenceCandidate c : ranked) {
      Set<String> unmatched = c.meaningsMatched ? c.unseenUnmatched
          : articleUnmatched.getOrDefault(c.rank(), c.unseenUnmatched);
      Set<String> missed =
          misses.computeIfAbsent(c.rank(), n -> missedInArticle(subject, articleTerms.get(n), counted));
      c.articleMissed = missed;
      List<String> sinking = missed.stream().filter(w -> !subject.unseen().contains(w) || unmatched.contains(w))
          .toList();
      double weight = sinking.stream().mapToDouble(subject.weights()::get).sum();
      double ofFocus = sinking.stream().mapToDouble(w -> focus.getOrDefault(w, 0.0)).sum() / askedFocus;
      // what is counted ("gannets" in "how many pairs of gannets") must be there: puffins are counted in pairs too
      c.articleMisses = weight / subject.total() >= MISSED_SHARE || ofFocus >= MISSED_FOCUS_SHARE
          || sinking.stream().anyMatch(countedOf::contains)
          || otherKind.computeIfAbsent(c.rank(), n -> missed.stream()
                  .anyMatch(w -> otherKindInArticle(asked, w, articleTerms.get(n), articleTexts.get(n)))
              || !missedCompounds(subject, articleTexts.get(n)).isEmpty());
    }
  }

  /**
   * The question's terms whose words the article holds neither word for word nor through a WordNet sense (its
   * own or, for a compound such as "dock workers", the compound's: docker). Actions, grades and
   * function words are left to the sentence's coverage; a word no article holds is listed unless a
   * sense relates it to the article (the sentence may still match its meaning, see
   * {@link #matchMeanings}).
   */
  private Set<String> missedInArticle(QuestionSubject subject, Set<String> terms, String counted) {
    Set<String> missed = new java.util.TreeSet<>();
    for (String term : subject.weights().keySet()) {
      String word = subject.surface().getOrDefault(term, term).replaceAll("['’]s?$", "");
      boolean unseen = subject.unseen().contains(term);
      if (terms.contains(term) || answerWord(word, counted) || circumstance(subject, word)
          || !unseen && (!senses.isThing(word) || subject.phrasalVerbs().contains(word))) {
        continue;
      }
      if (senses.isOnlyAdverb(word)) {
        continue; // "exactly", "originally": how, not what
      }
      Set<String> related = senses.isThing(word) ? senses.relatedAsThing(word)
          : unseen && senses.isAction(word) ? senses.relatedAsAction(word) : senses.related(word);
      if (relatedInArticle(related, terms) || subject.compounds().stream()
          .anyMatch(compound -> compound.contains(word) && relatedInArticle(senses.relatedCompound(compound), terms))) {
        continue;
      }
      missed.add(term);
    }
    return missed;
  }

  /**
   * Whether the missing term's word stands, in the words the user typed ({@code seq}; not those a
   * follow-up carries), right before a thing the article holds (a common noun, not a name), as a
   * modifier that names a kind ({@link WordSenses#isKindModifier}), and the article writes that thing
   * with another such modifier: it tells of another kind of the same thing ("the adult chess title"
   * when the article has the youth title). A modifier the article merely omits ("social media
   * platform" for a platform) does not count.
   */
  private boolean otherKindInArticle(List<String> seq, String missed, Set<String> article, String text) {
    for (int i = 0; i + 1 < seq.size(); i++) {
      String modifier = seq.get(i).toLowerCase(Locale.ROOT);
      String head = seq.get(i + 1);
      if (weights.terms(modifier).contains(missed) && senses.isKindModifier(modifier)
          && !head.isEmpty() && !Character.isUpperCase(head.charAt(0))) {
        List<String> next = weights.terms(head);
        if (!next.isEmpty() && article.containsAll(next) && senses.isThing(head)
            && contrasted(text, modifier, head.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text writes the head noun (or its plural) right after a kind modifier other than {@code modifier}. */
  private boolean contrasted(String text, String modifier, String head) {
    String[] words = text == null ? new String[0] : text.split("[^\\p{L}'’-]+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      String before = words[i - 1];
      if ((w.equals(head) || w.equals(head + "s") || head.equals(w + "s")) && before.length() > 2
          && Character.isLowerCase(before.charAt(0)) && !before.equals(modifier) && !STOP.contains(before)
          && senses.isKindModifier(before)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the question word names the kind of fact asked for, which the answer supplies. */
  private static boolean answerWord(String word, String counted) {
    return ANSWER_WORDS.contains(word.replaceAll("['’]s?$", "")) || word.equals(counted);
  }

  /**
   * The question's hyphenated things ("semi-final") that the article never writes, closed, open or
   * hyphenated: the final does not answer for the semi-final, though it holds both words' terms.
   */
  private List<String> missedCompounds(QuestionSubject subject, String articleText) {
    List<String> missed = new ArrayList<>();
    for (String compound : subject.hyphenated()) {
      String[] parts = compound.split("-");
      String text = articleText == null ? "" : articleText.toLowerCase(Locale.ROOT);
      if (senses.isCompoundNoun(parts[0], parts[1]) && !text.contains(compound)
          && !text.contains(parts[0] + " " + parts[1]) && !text.contains(parts[0] + parts[1])) {
        missed.add(compound);
      }
    }
    return missed;
  }

  /**
   * Whether the word only says what an action was for or towards ("reopen to traffic", "open for
   * business"): a verb, then "to" or "for", then the word. The article need not repeat it.
   */
  private boolean circumstance(QuestionSubject subject, String word) {
    List<String> seq = subject.sequence();
    for (int i = 2; i < seq.size(); i++) {
      if (seq.get(i).equals(word) && (seq.get(i - 1).equals("to") || seq.get(i - 1).equals("for"))
          && senses.isAction(seq.get(i - 2))) {
        return true;
      }
    }
    return false;
  }

  private boolean relatedInArticle(Set<String> lemmas, Set<String> articleTerms) {
    return lemmas.stream().anyMatch(lemma -> articleTerms.containsAll(lemmaTerms.computeIfAbsent(lemma, weights::terms)));
  }

  /** The content words of a text in lower case, for matching meanings. */
  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (m.group().length() > 2 && !STOP.contains(m.group())) {
        out.add(m.group());
      }
    }
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
   * A sentence that clearly states the kind of fact asked for ({@code clearFit}: {@link
   * SentenceCandidate#STRONG_FIT}, or {@value #CLEAR_CAUSE_FIT} for a cause; above 1 for none) in
   * the passage of a supported sentence answers with less of the question's words than it would alone
   * ({@value #NEIGHBOUR_SHARE} of the least coverage): the passage is about the question, and the
   * sentence that states the fact seldom repeats it ("The whale stranded on Marrow Beach in 2019.").
   */
  private List<SentenceCandidate> withNeighbours(List<SentenceCandidate> supported, List<SentenceCandidate> ranked,
      double clearFit) {
    if (clearFit > 1 || supported.isEmpty()) {
      return supported;
    }
    Set<RetrievedPassage> passages = new HashSet<>();
    supported.forEach(c -> passages.add(c.passage()));
    Set<SentenceCandidate> answering = new HashSet<>(supported);
    List<SentenceCandidate> out = new ArrayList<>();
    for (SentenceCandidate c : ranked) {
      boolean neighbour = passages.contains(c.passage()) && c.fit >= clearFit
          && c.coverage + 1e-9 >= minCoverage * NEIGHBOUR_SHARE && c.lexical >= LEXICAL_FLOOR && c.namesInArticle
          && !c.articleMisses;
      if (answering.contains(c) || neighbour) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * For a why-question, the sentences that give a cause (a causal cue: "because", "linked to",
   * "after three days of") lead, in their order, before those that only match the question's words:
   * "the number of puffins has fallen" covers "Why are puffin numbers falling?" best and answers nothing.
   */
  private static List<SentenceCandidate> causesFirst(List<SentenceCandidate> supported) {
    List<SentenceCandidate> out = new ArrayList<>(supported.stream().filter(c -> c.fit >= CAUSE_FIT).toList());
    supported.stream().filter(c -> c.fit < CAUSE_FIT).forEach(out::add);
    return out;
  }

  /**
   * When the dates the question named held nothing (a stale "today"), the newest article that
   * answers leads: the user asked for what is latest, so the note before the answer can say from when.
   */
  private static List<SentenceCandidate> newestFirst(List<SentenceCandidate> supported) {
    java.time.Instant newest = supported.stream().map(c -> c.passage().published().orElse(java.time.Instant.MIN))
        .max(java.time.Instant::compareTo).orElseThrow();
    List<SentenceCandidate> out = new ArrayList<>(supported.stream()
        .filter(c -> c.passage().published().orElse(java.time.Instant.MIN).equals(newest)).toList());
    supported.stream().filter(c -> !out.contains(c)).forEach(out::add);
    return out;
  }

  /**
   * Greedy selection: the best sentence, then sentences that still score close to it and are not
   * near-copies of one already chosen. A sentence of another article than the lead's must cover the
   * question nearly as well as the lead, so one answer does not mix stories that share a word.
   */
  private List<SentenceCandidate> select(List<SentenceCandidate> ranked) {
    List<SentenceCandidate> chosen = new ArrayList<>();
    SentenceCandidate lead = ranked.get(0);
    double best = lead.score();
    for (SentenceCandidate candidate : ranked) {
      if (chosen.size() == maxSentences) {
        break;
      }
      if (candidate != lead && candidate.given) {
        continue; // what an earlier answer of the conversation quoted is not repeated beside a new fact
      }
      boolean sameArticle = candidate.passage().articleId().equals(lead.passage().articleId());
      boolean close = candidate == lead || candidate.score() >= best * 0.6
          && (sameArticle || candidate.coverage >= lead.coverage * OTHER_ARTICLE_SHARE);
      if (close && chosen.stream().noneMatch(c -> nearCopy(c.terms(), candidate.terms()))) {
        chosen.add(candidate);
      }
    }
    return chosen;
  }

  /**
   * For a question that names only dates: the opening sentence of each article found within them,
   * newest first, one per article, at most {@code maxSentences}.
   */
  private Draft leads(ComposeRequest request) {
    List<NumberedSource> newest = new ArrayList<>(request.sources().all());
    newest.sort(Comparator.comparing((NumberedSource s) -> s.passages().get(0).published().orElse(java.time.Instant.MIN))
        .reversed());
    StringBuilder text = new StringBuilder();
    int quoted = 0;
    for (NumberedSource source : newest) {
      if (quoted == maxSentences) {
        break;
      }
      RetrievedPassage first = source.passages().stream().min(Comparator.comparingInt(RetrievedPassage::ordinal))
          .orElseThrow();
      Optional<String> lead = units.of(first.text()).stream()
          .filter(t -> t.split(" ").length >= MIN_WORDS && !t.endsWith("?")).findFirst();
      if (lead.isPresent()) {
        text.append(text.length() > 0 ? " " : "").append(mark(lead.get(), source.n()));
        quoted++;
      }
    }
    return text.length() == 0 ? Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE)
        : new Draft(text.toString(), false, Provenance.EXTRACTIVE);
  }

  /** The sentences the conversation's earlier answers quoted, unless this question was asked before. */
  private static Set<String> alreadyGiven(ComposeRequest request) {
    Set<String> given = new HashSet<>();
    for (Turn turn : request.history()) {
      if (turn.asked().equalsIgnoreCase(request.original())) {
        return Set.of();
      }
      for (String sentence : turn.answer().split("(?<=[.!?”])\\s+")) {
        given.add(normalise(sentence));
      }
    }
    return given;
  }

  /** A sentence without citation markers, spacing or case, to compare quotes across turns. */
  private static String normalise(String sentence) {
    return sentence.replaceAll("\\[\\d+]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static boolean nearCopy(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int union = a.size() + b.size() - shared.size();
    return union == 0 || (double) shared.size() / union >= 0.5;
  }

  private static Draft write(List<SentenceCandidate> chosen, NumberedSources sources) {
    StringBuilder text = new StringBuilder();
    for (SentenceCandidate candidate : chosen) {
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
}
