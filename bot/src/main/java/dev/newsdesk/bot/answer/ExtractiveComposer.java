package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.Turn;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.TermWeights;
import dev.newsdesk.retrieval.search.TimeScope;
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
 * for "evacuated"; one only WordNet relates, "fine" for "penalty", counts as much towards support but
 * not towards the order) and how well it <b>fits the answer type</b> ({@link AnswerType}: a name for
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
  /**
   * The leads of a question that names only dates come from articles published at most this long
   * before the newest one found: when the dates were widened, the answer is announced as "the
   * latest, from" the newest day.
   */
  private static final java.time.Duration LEADS_WINDOW = java.time.Duration.ofDays(7);
  private static final int MAX_WORDS = 80;
  private static final double CONTEXT_SHARE = 0.5;
  /**
   * The opening of a sentence that points back to the one before: a pronoun, or "the" and a common
   * noun ("The reading was taken …", "It beats …"), not a name ("The Aldmoor Space Institute …").
   */
  private static final java.util.regex.Pattern POINTS_BACK =
      java.util.regex.Pattern.compile("(?:It|Its|This|These|They|Their|He|His|She|Her|The\\s+\\p{Ll}+)\\b");
  /** The share of the lead's coverage a sentence of another article needs to join the answer. */
  private static final double OTHER_ARTICLE_SHARE = 0.75;
  /** The share of a word's weight that a word of the same meaning earns. */
  private static final double SOFT_SHARE = 0.8;
  /** The least share of the question a sentence must cover word for word, before meanings are matched. */
  private static final double LEXICAL_FLOOR = 0.05;
  /**
   * The share of the least coverage that a sentence clearly stating the kind of fact a typed question
   * asks for needs ("The opening section is 120 metres long" for "How many metres of track went down
   * in the first section?"); not for a sum of money, which articles write beside many things (a
   * ticket price is no answer about what a ferry cost to build). 0.7 let an absent item through.
   */
  private static final double STATED_SHARE = 0.8;
  /** The least fit to the answer type of a sentence that answers a typed question. */
  private static final double MIN_FIT = 0.4;
  /** The share of the least coverage that a sentence stating the fact clearly needs beside a supported one. */
  private static final double NEIGHBOUR_SHARE = 0.7;
  /** The least fit of a sentence that gives a cause ({@link AnswerType#CAUSE}: a causal cue, "after" included). */
  private static final double CAUSE_FIT = 0.6;
  /**
   * The fit of a sentence that gives a cause clearly ("because", "helped to"): it answers beside a
   * supported one ({@value #CAUSE_FIT} suffices when no supported sentence gives a cause).
   */
  private static final double CLEAR_CAUSE_FIT = 0.8;
  /** Forms of "be", "have" and "do" whose WordNet senses relate them to almost anything ("being" → organism). */
  private static final Set<String> AUXILIARY = Set.of("be", "being", "been", "had", "having", "does", "doing", "done");
  /** How many of the best sentences are matched in meaning, word by word, with the question. */
  private static final int SOFT_CANDIDATES = 8;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}][\\p{L}'’-]+");
  static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "was", "were",
      "has", "have", "had", "are", "its", "their", "his", "her", "but", "not", "who", "which", "will", "would", "said",
      "says", "than", "then", "into", "over", "after", "about", "been", "also", "they", "them", "our", "she", "him");

  private final TermWeights weights;
  private final Optional<TermSimilarity> similarity;
  private final SentenceUnits units = new SentenceUnits();
  private final WordSenses senses = WordSenses.shared();
  private final ArticleCheck articleCheck;
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
    this.articleCheck = new ArticleCheck(weights, senses);
    this.similarity = similarity;
    this.minCoverage = minCoverage;
    this.maxSentences = maxSentences;
  }

  @Override
  public Draft compose(ComposeRequest request, AnswerListener listener) {
    if (request.sources().isEmpty()) {
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    if (request.plan().headlines() || request.plan().latestOn().isPresent()) {
      // "What's in the news today?": the search listed the newest articles (within the dates named);
      // "What's new in Brennick?": it kept the newest articles about Brennick
      return leads(request);
    }
    QuestionSubject subject = QuestionSubject.of(request, weights);
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
    articleCheck.check(subject, articleTerms, articleTexts, candidates, request.original());
    candidates.sort(SentenceCandidate.BEST_FIRST);
    boolean typed = type != AnswerType.ANY && type != AnswerType.CAUSE;
    boolean money = type == AnswerType.QUANTITY
        && QuantityFit.unit(subject.words(), QuantityFit.counted(request.original())) == QuantityFit.Unit.MONEY;
    double statedLeast = typed && !money ? minCoverage * STATED_SHARE : 0;
    // beside a supported sentence, one that clearly states the fact asked for (or gives a cause) answers too
    List<SentenceCandidate> matching = candidates.stream().filter(c -> supported(c, typed, statedLeast)).toList();
    // a why-question none of whose matching sentences gives a cause takes a weaker cue beside them
    double causeFit = matching.stream().anyMatch(c -> c.fit >= CAUSE_FIT) ? CLEAR_CAUSE_FIT : CAUSE_FIT;
    double clearFit = type == AnswerType.CAUSE ? causeFit : typed ? SentenceCandidate.STRONG_FIT : 2;
    List<SentenceCandidate> supported = withNeighbours(matching, candidates, clearFit);
    if (log.isDebugEnabled()) {
      log.debug("question {} ({}): names {}, words no article holds {}", request.question(), type, subject.names(),
          subject.unseen());
      candidates.stream().limit(6).forEach(c -> log.debug("  {} coverage {} (word for word {}{}) senses {} focus {} fit {} missed {} article misses {}{}: {}",
          supported(c, typed, statedLeast) ? "supported" : "not supported", String.format(Locale.ROOT, "%.2f", c.coverage),
          String.format(Locale.ROOT, "%.2f", c.lexical), c.namesInArticle ? "" : ", names not in article",
          String.format(Locale.ROOT, "%.2f", c.senseCoverage),
          String.format(Locale.ROOT, "%.2f", c.focus),
          String.format(Locale.ROOT, "%.2f", c.fit), c.uncovered, c.articleMissed,
          c.articleMisses ? " (" + c.articleMissReason + ")" : "", c.text));
    }
    if (request.widened() && request.plan().scope().map(TimeScope::wholeYear).orElse(false)) {
      // "Who did Harbor FC beat in 2019?", nothing published then: only a sentence that dates a fact in
      // that year answers ("set in August 2019"), not one that counts from it ("their first cup since 2019")
      supported = ofTheYearAsked(supported, request.original());
    }
    if (supported.isEmpty()) {
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    if (request.plan().scopeCarried() && !request.widened() && supported.stream().allMatch(c -> c.given)) {
      // "When was the probe launched?" after "What did the institute release in November?": the dates are
      // the previous turn's, and all they hold was said; the search is widened rather than the answer repeated
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    if (type == AnswerType.CAUSE && supported.stream().noneMatch(ExtractiveComposer::givesCause)) {
      // "Why did turnout go up?" answered by "Turnout was 61.3%, up from 54%": no sentence gives a cause
      return Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE);
    }
    if (type == AnswerType.CAUSE) {
      supported = causesFirst(supported);
    } else if (type == AnswerType.PLACE || type == AnswerType.TIME) {
      supported = statedFirst(supported);
    }
    if (request.widened() && request.plan().scopeCarried()) {
      // the dates were only the previous turn's: what was said then is not said again first
      List<SentenceCandidate> fresh = supported.stream().filter(c -> !c.given).toList();
      supported = fresh.isEmpty() ? supported : fresh;
    } else if (request.widened()) {
      supported = newestFirst(supported);
    } else if (OUTCOME.matcher(request.original()).find()) {
      // "What pay rise did the dockers finally get?": the outcome is in the latest report that states
      // the kind of fact as well as the lead does, not in the demand (nor in a newer story's passing mention)
      double leadFit = supported.get(0).fit;
      List<SentenceCandidate> stating = supported.stream().filter(c -> c.fit >= leadFit).toList();
      List<SentenceCandidate> ordered = new ArrayList<>(newestFirst(stating));
      supported.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
      supported = ordered;
    }
    // after the newest first of a widened search: the year asked about is the one written, not the latest
    return write(select(yearWrittenFirst(supported, request.original())), request.sources());
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
    String counted = QuantityFit.counted(request.original());
    String measured = QuantityFit.measured(request.original());
    boolean partitive = QuantityFit.partitive(request.original());
    List<String> countedTerms = counted.isEmpty() ? List.of() : weights.terms(counted);
    // "Which pier …?": the pier is the kind of answer, so "North Pier" answers, though the question says "pier"
    Set<String> typeWords = new HashSet<>(subject.words());
    String kind = AnswerType.kindNoun(request.original());
    if (type == AnswerType.PLACE) {
      typeWords.remove(kind);
    }
    // "how many people live in Ashgrove?" asks for a population, as "what is the population of" does
    if (QuantityFit.asksPopulation(request.original())) {
      typeWords.add("population");
    }
    // "Which company …?" is not answered by "Mr. P. T. Lasker"
    boolean bodyAsked = type == AnswerType.PERSON && !kind.isEmpty() && senses.isBodyNoun(kind);
    // "Who is the manager of Harbor FC?": a name answers beside that office, not whoever the article names
    PersonFit.Office office = type == AnswerType.PERSON
        ? PersonFit.Office.of(request.original(), !subject.names().isEmpty()) : PersonFit.Office.NONE;
    // "Where is the Tarnby library?": "in the back room of the Tarnby library" is no place of the library
    Set<String> located = type == AnswerType.PLACE ? AnswerType.locatedThing(request.original()) : Set.of();
    // what a follow-up asks now, without the words it carries: a sentence given before answers again
    // only when it holds half of that
    Set<String> carried = subject.carried();
    Set<String> causeSubject = type == AnswerType.CAUSE
        ? new HashSet<>(weights.terms(AnswerType.causeSubject(request.original()))) : Set.of();
    double askedNowTotal = focus.entrySet().stream().filter(e -> !carried.contains(e.getKey()))
        .mapToDouble(Map.Entry::getValue).sum();
    for (NumberedSource source : request.sources().all()) {
      Set<String> title = new HashSet<>(weights.terms(source.title()));
      Set<String> titleWords = words(source.title());
      Set<String> article = new HashSet<>(title);
      article.addAll(weights.terms(source.text()));
      articleTerms.put(source.n(), article);
      articleTexts.put(source.n(), source.title() + "\n" + source.text());
      boolean namesInArticle = subject.names().stream().allMatch(article::containsAll);
      boolean countedWritten = !counted.isEmpty() && article.containsAll(countedTerms);
      for (RetrievedPassage passage : source.passages()) {
        if (log.isTraceEnabled()) {
          log.trace("  source [{}] {}: {}", source.n(), source.title(),
              passage.text().substring(0, Math.min(80, passage.text().length())));
        }
        Set<String> previous = Set.of();
        for (String text : units.of(passage.text())) {
          Set<String> terms = new HashSet<>(weights.terms(text));
          Set<String> context = new HashSet<>(title);
          context.addAll(previous);
          Set<String> before = previous;
          previous = terms;
          int words = text.split(" ").length;
          if (words < MIN_WORDS || words > MAX_WORDS || text.endsWith("?")) {
            continue;
          }
          Set<String> uncovered = new HashSet<>(subject.weights().keySet());
          uncovered.removeAll(terms);
          uncovered.removeAll(context);
          double coverage = covered(subject.weights(), terms, context) / subject.total();
          double fit = type == AnswerType.PERSON ? PersonFit.fit(text, typeWords, bodyAsked, office)
              : type.fit(AnswerType.withoutPartsOf(text, located), typeWords, counted, countedWritten, measured, partitive);
          if (AnswerType.explainsAnother(text, causeSubject, weights::terms)) {
            // "postponed after engineers found a faulty fuel valve" gives no cause of the valve's failure
            fit = 0;
          }
          Set<String> meaningWords = words(text);
          meaningWords.addAll(titleWords);
          SentenceCandidate candidate = new SentenceCandidate(text, passage, source.n(), terms, coverage, fit, namesInArticle, uncovered,
              meaningWords, new HashSet<>(uncovered.stream().filter(subject.unseen()::contains).toList()));
          candidate.context = context;
          candidate.given = given.contains(normalise(text));
          candidate.restates = candidate.given && SentenceCandidate.preciseFit(type) && fit >= SentenceCandidate.STRONG_FIT;
          candidate.focus = focus.entrySet().stream().filter(e -> terms.contains(e.getKey()))
              .mapToDouble(Map.Entry::getValue).sum();
          // a sentence that opens by pointing back ("The reading was taken at 3.40 p.m.") goes on about the
          // one before: what that holds of the focus counts half towards the order
          if (POINTS_BACK.matcher(text).lookingAt()) {
            candidate.focusBefore = focus.entrySet().stream().filter(e -> !terms.contains(e.getKey()) && before.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum() * CONTEXT_SHARE;
          }
          candidate.askedNow = askedNowTotal <= 0 ? 0 : focus.entrySet().stream()
              .filter(e -> terms.contains(e.getKey()) && !carried.contains(e.getKey()))
              .mapToDouble(Map.Entry::getValue).sum() / askedNowTotal;
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
    // the WordNet relatives of each missed word, read once per question, not once per sentence
    Map<String, Set<String>> wordRelatives = new java.util.HashMap<>();
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
      double sense = 0;
      for (String term : c.uncovered) {
        String word = subject.surface().getOrDefault(term, term);
        var closest = similarity.isPresent() && !c.meaningWords.isEmpty()
            ? similarity.get().closest(word, c.meaningWords) : java.util.Optional.<Map.Entry<String, Double>>empty();
        double similar = closest.map(Map.Entry::getValue).orElse(-1.0);
        // two kinds of one thing ("autumn" and "spring") are close as vectors but name different things
        if (closest.isPresent() && senses.contrasting(word, closest.get().getKey())) {
          similar = -1;
        }
        if (log.isTraceEnabled()) {
          log.trace("    {} ~ {} {}: {}", word, closest.map(Map.Entry::getKey).orElse("-"),
              String.format(Locale.ROOT, "%.2f", similar), c.text.substring(0, Math.min(60, c.text.length())));
        }
        if (similar >= TermSimilarity.SAME_MEANING) {
          soft += subject.weights().get(term) * SOFT_SHARE;
        } else if (senseMatchable(subject, term, word)) {
          // what the word model does not see, a WordNet sense may: it counts only towards support
          Set<String> relatives = wordRelatives.computeIfAbsent(term, t -> articleCheck.wordRelatives(subject, t, word));
          if (articleCheck.relatedInArticle(relatives, c.terms()) || articleCheck.kindFound(subject, word, c.terms())) {
            sense += subject.weights().get(term) * SOFT_SHARE;
          } else if (articleCheck.relatedInArticle(relatives, c.context)) {
            sense += subject.weights().get(term) * SOFT_SHARE * CONTEXT_SHARE;
          }
        }
        // word vectors also put opposites close ("reopen", "close"): what is asked needs a sense
        if (focus.containsKey(term) && articleCheck.relatedInArticle(senses.related(word), c.terms())) {
          c.focus += focus.get(term) * SOFT_SHARE;
        }
        // a thing no article names needs a close match: word vectors put "dollar" near "budget"
        boolean matched = similar >= (senses.isThing(word) ? TermSimilarity.SAME_THING : TermSimilarity.SAME_MEANING);
        // a verb that only relates the things named ("slap" a penalty on) may be told in any words
        if (!matched && subject.unseen().contains(term) && !subject.relating().contains(term)) {
          unmatched.add(term);
        }
      }
      c.coverage += soft / subject.total();
      c.senseCoverage = sense / subject.total();
      c.unseenUnmatched = unmatched;
      c.meaningsMatched = true;
    }
  }

  /**
   * Whether a missed word may be matched through its WordNet senses: not a word of a name the
   * question is about, not a vague verb ({@link WordSenses#isVagueVerb}) nor a form of "be", "have"
   * or "do", whose senses relate them to almost anything ("being" → organism).
   */
  private boolean senseMatchable(QuestionSubject subject, String term, String word) {
    return subject.names().stream().noneMatch(name -> name.contains(term)) && !AUXILIARY.contains(word)
        && !senses.isVagueVerb(word);
  }

  /**
   * Whether the sentence supports an answer; {@code statedLeast} is the least coverage of a sentence
   * that clearly states the fact asked for ({@link #STATED_SHARE} of {@code minCoverage}), 0 when
   * that sentence needs as much as any other. Words matched only through WordNet senses count towards it
   * ({@link SentenceCandidate#senseCoverage}), not towards the order of the sentences.
   */
  private boolean supported(SentenceCandidate c, boolean typed, double statedLeast) {
    double least = statedLeast > 0 && c.fit >= SentenceCandidate.STRONG_FIT ? statedLeast : minCoverage;
    return c.coverage + c.senseCoverage + 1e-9 >= least && c.lexical >= LEXICAL_FLOOR && c.namesInArticle
        && !c.articleMisses && (!typed || c.fit >= MIN_FIT);
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
   * Whether a sentence gives a cause to a why-question: a causal cue ({@value #CAUSE_FIT} or more), or
   * a weaker one (a quotation, what brings the event about) in a sentence that holds some of what the
   * question asks ({@link SentenceCandidate#focus} above 0). A quotation about something else ("I
   * intend to deliver it", for "Why did turnout go up?") is no reason given.
   */
  private static boolean givesCause(SentenceCandidate c) {
    return c.fit >= CAUSE_FIT || (c.fit > 0 && c.focus > 0);
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
   * For a question that asks for a place or a time, when the best sentence does not state one clearly
   * (its fit is below {@link SentenceCandidate#STRONG_FIT}: "Talks resumed at the Port of Brennick"
   * for "Where are the talks being held?"), the first sentence of the same article that does ("met
   * negotiators at the Harbourside Hotel") leads: the sentence that states the fact comes first.
   */
  private static List<SentenceCandidate> statedFirst(List<SentenceCandidate> supported) {
    SentenceCandidate lead = supported.get(0);
    if (lead.fit >= SentenceCandidate.STRONG_FIT) {
      return supported;
    }
    Optional<SentenceCandidate> stated = supported.stream()
        .filter(c -> c.fit >= SentenceCandidate.STRONG_FIT && c.passage().articleId().equals(lead.passage().articleId()))
        .findFirst();
    if (stated.isEmpty()) {
      return supported;
    }
    List<SentenceCandidate> out = new ArrayList<>(List.of(stated.get()));
    supported.stream().filter(c -> c != stated.get()).forEach(out::add);
    return out;
  }

  /** A year written as the start or end of a span, not the time of a fact: "since 2019", "until 2019". */
  private static final java.util.regex.Pattern SPAN_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\b(?:since|until|till|before|after|from|by)\\s+(?:\\p{L}+\\s+)?$");

  /**
   * For a question that names a year, of a search widened beyond it (nothing published then answers):
   * the sentences that date something in that year ("set in the same town in August 2019"), not those
   * that count from or to it ("since 2019"); all of them when the question names no year.
   */
  private static List<SentenceCandidate> ofTheYearAsked(List<SentenceCandidate> supported, String question) {
    return ArticleCheck.yearAsked(question).map(year -> supported.stream()
        .filter(c -> ArticleCheck.YEAR.matcher(c.text).results().anyMatch(r -> r.group().equals(year)
            && !SPAN_BEFORE.matcher(c.text.substring(0, r.start())).find()))
        .toList()).orElse(supported);
  }

  /**
   * For a question that names a year ("What was the hottest temperature in Kallby in 2019?"), when the
   * leading sentence neither writes it nor was published in it (the 2026 record), the first supported
   * sentence that writes it leads ("It beats the previous record of 37.9 degrees, set in Kallby in
   * August 2019").
   */
  private static List<SentenceCandidate> yearWrittenFirst(List<SentenceCandidate> supported, String question) {
    Optional<String> year = ArticleCheck.yearAsked(question);
    SentenceCandidate lead = supported.get(0);
    if (year.isEmpty() || ArticleCheck.writesYear(lead.text, year.get()) || ArticleCheck.publishedIn(lead, year.get())) {
      return supported;
    }
    Optional<SentenceCandidate> writing = supported.stream().filter(c -> ArticleCheck.writesYear(c.text, year.get()))
        .findFirst();
    if (writing.isEmpty()) {
      return supported;
    }
    List<SentenceCandidate> out = new ArrayList<>(List.of(writing.get()));
    supported.stream().filter(c -> c != writing.get()).forEach(out::add);
    return out;
  }

  /** Words that ask for how a story ended: "finally", "in the end", "end up settling for". */
  private static final java.util.regex.Pattern OUTCOME = java.util.regex.Pattern.compile(
      "(?i)\\b(finally|eventually|ultimately|in the end|at last|end(?:ed|s)? up|wound up|settl(?:e|ed|es|ing) (?:for|on))\\b");

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
   * For a question that names only dates or asks what is new (on a topic or at all): the opening sentence of each article found within them,
   * newest first, one per article, at most {@code maxSentences}, from articles published within
   * {@link #LEADS_WINDOW} of the newest.
   */
  private Draft leads(ComposeRequest request) {
    List<NumberedSource> newest = new ArrayList<>(request.sources().all());
    newest.sort(Comparator.comparing(ExtractiveComposer::published).reversed());
    // "the latest, from 23 November": a story of September is not among the latest
    java.time.Instant latest = published(newest.get(0));
    if (!latest.equals(java.time.Instant.MIN)) {
      newest.removeIf(source -> published(source).isBefore(latest.minus(LEADS_WINDOW)));
    }
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

  private static java.time.Instant published(NumberedSource source) {
    return source.passages().get(0).published().orElse(java.time.Instant.MIN);
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
