package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.TermWeights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extractive composer's check that a sentence's article is about what the question asks: it
 * holds the things the question names (word for word or through a WordNet 3.1 sense), what is
 * counted, the hyphenated things, and no other kind of a thing the question specifies. A sentence
 * whose article fails is marked {@link SentenceCandidate#articleMisses} and answers nothing, so a
 * question about an event the news does not tell of is not answered with the nearest other event.
 * Thread-safe: one per composer; the analysed terms of WordNet lemmas are cached.
 */
final class ArticleCheck {

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
  /** Question words that name the kind of fact asked for, which the answer supplies. */
  private static final Set<String> ANSWER_WORDS = Set.of("now", "one", "two", "three", "more", "most", "least",
      "week", "month", "type", "kind", "piece", "part", "back", "up", "off", "out", "down", "away", "over","score", "cost", "costs", "price", "name", "time", "date",
      "year", "day", "place", "reason", "cause", "caused", "result", "happen", "happened", "say", "said", "do", "does");

  /**
   * Kinds of answer after "which"/"what" so broad that an article names one without the word ("Which
   * company recalled oat milk?" — "Tessaro Foods recalled …"). A narrower kind ("which bank", "what
   * political party", "which charity") is something the question is about: its article must hold it.
   */
  private static final Set<String> BROAD_KINDS = Set.of("company", "companies", "firm", "firms", "organisation",
      "organization", "group", "body", "business", "person", "people", "official", "officials", "team", "club", "player",
      "man", "woman", "one", "agency", "institution", "side", "thing", "things", "kind", "sort", "type", "variety", "day", "date",
      "time", "year", "month", "week", "place", "town", "city", "country", "amount", "number", "share",
      // "what was the attendance at the final?": the answer gives the number ("the crowd of 18,240"); the
      // answer type checks the measure ("the island's 1,400 residents")
      "attendance", "turnout", "size", "total", "figure", "population",
      // "at what point did she break away?": the answer names the point ("at the 35-kilometre mark")
      "point", "stage", "spot", "moment", "location", "site", "position");

  /** "what was the attendance", "what's the total": group 1 is the noun. */
  private static final java.util.regex.Pattern WHAT_IS_THE =
      java.util.regex.Pattern.compile("(?:what|which)(?:\\s+(?:is|was|are|were)|['’]s)\\s+the\\s+(\\p{L}+)");

  /** Whether the noun (singular or plural) names a kind so broad an article names one without the word. */
  static boolean broad(String noun) {
    return BROAD_KINDS.contains(noun) || BROAD_KINDS.contains(noun.replaceAll("s$", ""));
  }

  /** Words that rank a grade or a thing in a hyphenated word: "second-lowest", "next-largest". */
  private static final Set<String> RANKS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
      "ninth", "tenth", "next", "last");

  private final TermWeights weights;
  private final WordSenses senses;
  /** The analysed terms of WordNet lemmas, bounded by WordNet's vocabulary: lemmas recur across questions. */
  private final Map<String, List<String>> lemmaTerms = new java.util.concurrent.ConcurrentHashMap<>();
  /** The kinds of each question word ({@link WordSenses#narrower}) whose lemmas the analyser keeps a word of. */
  private final Map<String, Set<String>> narrowerKinds = new java.util.concurrent.ConcurrentHashMap<>();

  ArticleCheck(TermWeights weights, WordSenses senses) {
    this.weights = weights;
    this.senses = senses;
  }

  /**
   * Whether each article of the best sentences holds every word the question is about, word for
   * word or in meaning, anywhere in its headline or retrieved passages: "Who won the national chess
   * championship?" is not answered from a club's youth championship, nor "the semi-final" from the
   * final. Words that name the kind of fact asked for ("score", "cost", "cause") are the answer's to
   * supply, not the article's. Marks every ranked sentence ({@link SentenceCandidate#articleMisses},
   * {@link SentenceCandidate#articleMissed}); {@code original} is the question as the user typed it
   * (not a follow-up's carried words), which names the kind of answer ("people" in "how many people",
   * "company" in "which company") and what a "how many pairs of" question counts.
   */
  void check(QuestionSubject subject, Map<Integer, Set<String>> articleTerms,
      Map<Integer, String> articleTexts, List<SentenceCandidate> ranked, String original) {
    // "Which company recalled …?": a broad kind the article need not write; "which bank", "what party" must be there
    String kind = AnswerType.kindNoun(original);
    // "how many people" need not be written so; "how many razorbills" must be there (puffins are counted too)
    String counted = QuantityFit.counted(original);
    boolean broadCount = broad(counted);
    List<String> narrowCounted = counted.isEmpty() || broadCount ? List.of() : weights.terms(counted);
    Set<String> kinds = new HashSet<>(List.of(broadCount ? counted : "", BROAD_KINDS.contains(kind) ? kind : ""));
    // "What was the attendance at the final?": the noun after "what was the" names the kind of fact too
    java.util.regex.Matcher attribute = WHAT_IS_THE.matcher(AnswerType.asking(original.strip().toLowerCase(Locale.ROOT)));
    if (attribute.lookingAt() && BROAD_KINDS.contains(attribute.group(1))) {
      kinds.add(attribute.group(1));
    }
    // the narrower kind of answer asked for ("which bank") must be there: a city's loan is not a bank's
    List<String> narrowKind = kind.isEmpty() || BROAD_KINDS.contains(kind) ? List.of() : weights.terms(kind);
    List<String> countedOf = weights.terms(QuantityFit.countedOf(original));
    List<String> doer = doerBodies(original);
    List<String> asked = List.of(original.split("[^\\p{L}]+"));
    List<java.util.regex.Pattern> ranks = ranksAsked(original);
    List<java.util.regex.Pattern> labels = labelsAsked(original);
    Map<Integer, Set<String>> misses = new java.util.HashMap<>();
    // what any retrieved article holds: an earlier event the question names may be told in another one
    Set<String> retrieved = new HashSet<>();
    articleTerms.values().forEach(retrieved::addAll);
    List<String> years = new ArrayList<>();
    java.util.regex.Matcher year = YEAR.matcher(original);
    while (year.find()) {
      years.add(year.group());
    }
    // what sinks an article whatever the sentence: another kind of a thing it holds, a hyphenated thing it lacks
    Map<Integer, Boolean> otherKind = new java.util.HashMap<>();
    Map<Integer, Boolean> ranksWritten = new java.util.HashMap<>();
    Map<Integer, Boolean> labelsWritten = new java.util.HashMap<>();
    // the doer is looked for in the article itself (see doerMissed), not in the other articles found, which
    // may tell an earlier event but not who did this
    Map<Integer, Boolean> doerAbsent = new java.util.HashMap<>();
    Map<String, Double> focus = subject.focus();
    // the words naming the kind of fact asked for ("caused", "cost") are the answer's: the focus is the rest
    double askedFocus = focus.entrySet().stream()
        .filter(e -> !answerWord(subject.surface().getOrDefault(e.getKey(), e.getKey()), kinds))
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
          misses.computeIfAbsent(c.rank(), n -> missedInArticle(subject, articleTerms.get(n), kinds, retrieved));
      c.articleMissed = missed;
      List<String> sinking = missed.stream().filter(w -> !subject.unseen().contains(w) || unmatched.contains(w))
          .toList();
      double weight = sinking.stream().mapToDouble(subject.weights()::get).sum();
      double ofFocus = sinking.stream().mapToDouble(w -> focus.getOrDefault(w, 0.0)).sum() / askedFocus;
      // what is counted ("gannets" in "how many pairs of gannets") must be there: puffins are counted in pairs too
      c.articleMissReason = weight / subject.total() >= MISSED_SHARE ? "missed words weigh " + percent(weight / subject.total())
          : ofFocus >= MISSED_FOCUS_SHARE ? "missed words are " + percent(ofFocus) + " of what is asked"
          : !yearsIn(years, c, articleTexts.get(c.rank())) ? "not of the year asked"
          : !ranksWritten.computeIfAbsent(c.rank(), n -> ranksIn(ranks, articleTexts.get(n))) ? "the rank asked for is missed"
          : !labelsWritten.computeIfAbsent(c.rank(), n -> ranksIn(labels, articleTexts.get(n))) ? "the label asked for is missed"
          : sinking.stream().anyMatch(countedOf::contains) ? "what is counted is missed"
          : doerAbsent.computeIfAbsent(c.rank(), n -> doer.stream().anyMatch(t -> doerMissed(subject, t, articleTerms.get(n))))
              ? "the body that acts is missed"
          : sinking.stream().anyMatch(narrowKind::contains) ? "the kind asked for is missed"
          : sinking.stream().anyMatch(narrowCounted::contains) ? "the thing counted is missed"
          : otherKind.computeIfAbsent(c.rank(), n -> missed.stream()
                  .anyMatch(w -> otherKindInArticle(asked, w, articleTerms.get(n), articleTexts.get(n))))
              ? "another kind of the thing asked about"
          : !missedCompounds(subject, articleTexts.get(c.rank()), articleTerms.get(c.rank())).isEmpty()
              ? "a compound is missed"
          : "";
      c.articleMisses = !c.articleMissReason.isEmpty();
    }
  }

  /** "did the central bank set", "will the council": an auxiliary, a determiner, then up to three words. */
  private static final java.util.regex.Pattern DOER = java.util.regex.Pattern.compile(
      "(?i)\\b(?:did|does|do|will|would|has|have|had)\\s+(?:the|its|their)\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");

  /**
   * The analysed terms of the bodies a question names as the doer of its verb ("bank" in "What
   * interest rate did the central bank set?", "council" in "What will the council decide?"): an
   * organisation or a person's role by WordNet 3.1, not a broad kind ("company"). An article that does
   * not write it (whatever other articles found do) does not say what it did: the city budget's
   * assumed rate is not the central bank's.
   */
  private List<String> doerBodies(String original) {
    java.util.regex.Matcher m = DOER.matcher(original);
    if (!m.find()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    // a possessive ("the new kids' ward", "the women's winner") tells whose the doer is, not who acts
    String[] words = m.group(1).split("\\s+");
    boolean possessive = m.end(1) < original.length() && "'’".indexOf(original.charAt(m.end(1))) >= 0;
    for (int i = 0; i < words.length - (possessive ? 1 : 0); i++) {
      String word = words[i];
      // a name ("the Calder Bridge") is checked as a name; a verb ("shrink") is no body
      if (!Character.isUpperCase(word.charAt(0)) && !broad(word) && senses.isPersonOrBodyNoun(word)
          && senses.isThing(word)) {
        out.addAll(weights.terms(word));
      }
    }
    return out;
  }

  /**
   * Whether the article lacks a doer's term: word for word, since WordNet's senses relate a "bank" to
   * any "side" or "deposit"; a noun in -ee ("evacuees") may be written as its verb ("were evacuated").
   */
  private boolean doerMissed(QuestionSubject subject, String term, Set<String> article) {
    String word = subject.surface().getOrDefault(term, term);
    return !article.contains(term) && !(OBJECT_NOUN.matcher(word).matches() && senseFound(subject, term, word, article));
  }

  /** A noun naming the object of a verb: "evacuees", "nominee", "employees". */
  private static final java.util.regex.Pattern OBJECT_NOUN = java.util.regex.Pattern.compile("\\p{L}+ees?");

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /**
   * The question's terms whose words the article holds neither word for word nor through a WordNet sense (its
   * own or, for a compound such as "dock workers", the compound's: docker). Actions, grades and
   * function words are left to the sentence's coverage; a word no article holds is listed unless a
   * sense relates it to the article (the sentence may still match its meaning, see
   * {@link #matchMeanings}).
   */
  private Set<String> missedInArticle(QuestionSubject subject, Set<String> terms, Set<String> kinds,
      Set<String> retrieved) {
    Set<String> missed = new java.util.TreeSet<>();
    for (String term : subject.weights().keySet()) {
      String word = subject.surface().getOrDefault(term, term).replaceAll("['’]s?$", "");
      boolean unseen = subject.unseen().contains(term);
      // a word carried from the previous turn that no article holds ("company" of "which company") tells no story
      if (unseen && subject.carried().contains(term)) {
        continue;
      }
      // a year is the article's when it writes it or was published in it (see yearsIn), not a word to find
      if (terms.contains(term) || answerWord(word, kinds) || circumstance(subject, word) || YEAR.matcher(word).matches()
          // (this article lacks the term, so a retrieved article that holds it is another one)
          || retrieved.contains(term) && earlierEvent(subject, word)
          || !unseen && (!senses.isThing(word) || subject.phrasalVerbs().contains(word))) {
        continue;
      }
      if (senses.isOnlyAdverb(word)) {
        continue; // "exactly", "originally": how, not what
      }
      if (!unseen && senses.isMostlyAdjective(word) && !senses.isKindModifier(word)) {
        continue; // "extra days off": a grade of the thing ("two more days of leave"), not another kind of it
      }
      if (senseFound(subject, term, word, terms)) {
        continue;
      }
      if (kindFound(subject, word, terms)) {
        continue; // "penalty": the article says the company was fined
      }
      missed.add(term);
    }
    return missed;
  }

  /**
   * Whether the terms hold a WordNet relative of the question's word ({@code term} is its analysed
   * form, {@code word} as typed): through its senses as a thing, as an action when no article holds
   * it, or any sense otherwise, or through a compound of the question that holds it ("dock workers" →
   * docker). A relative that is another word of the question is no sign of this one, nor is a vague
   * verb ({@link WordSenses#isVagueVerb}) an action shares a sense with.
   */
  boolean senseFound(QuestionSubject subject, String term, String word, Set<String> terms) {
    return relatedInArticle(relatives(subject, term, word), terms) || subject.compounds().stream()
        .anyMatch(compound -> compound.contains(word) && (relatedInArticle(senses.relatedCompound(compound), terms)
            || relatedInArticle(phrasalRelatives(compound, word), terms)));
  }

  /**
   * The relatives of a verb of two words that starts with the question's word ("blast off" for "blast"):
   * what it means ("launch"), not what either word means alone; empty for other compounds.
   */
  private Set<String> phrasalRelatives(String compound, String word) {
    if (!compound.startsWith(word + " ")) {
      return Set.of();
    }
    return senses.relatedPhrasalVerb(compound);
  }

  /**
   * Whether the terms (a sentence's or an article's, analysed) hold a word that names a kind of the
   * question's word by {@link WordSenses#narrower} ("fined" for "penalty", "walkout" for "strike") and
   * that is not itself a word of the question, which tells only of itself.
   */
  boolean kindFound(QuestionSubject subject, String word, Set<String> terms) {
    if (!senses.isThing(word)) {
      return false;
    }
    Set<String> kinds = narrowerKinds.computeIfAbsent(word, w -> senses.narrower(w).stream()
        .filter(this::keepsItsWord).collect(java.util.stream.Collectors.toSet()));
    return kinds.stream().anyMatch(lemma -> {
      List<String> lemmaWords = lemmaTerms.computeIfAbsent(lemma, weights::terms);
      return terms.containsAll(lemmaWords) && lemmaWords.stream().noneMatch(subject.weights()::containsKey);
    });
  }

  /**
   * Whether the analyser keeps a lemma as one term of almost all its letters: "fine", "trophy" (trophi),
   * not "warmness" (warm, a word of any warm evening) nor "78".
   */
  private boolean keepsItsWord(String lemma) {
    List<String> terms = lemmaTerms.computeIfAbsent(lemma, weights::terms);
    return terms.size() == 1 && !lemma.matches(".*\\d.*") && terms.get(0).length() >= lemma.length() - 2;
  }

  /**
   * The relatives {@link #senseFound} takes for the question's word, through the word's own senses
   * only, not a compound's ("opera house" → theatre, house), and only those the analyser keeps a word
   * of (a lemma that is all stop words, "be", "it", would be found in any text). For matching a
   * sentence's meaning, where a false match would let it answer: test them with {@link
   * #relatedInArticle}.
   */
  Set<String> wordRelatives(QuestionSubject subject, String term, String word) {
    Set<String> relatives = new HashSet<>(relatives(subject, term, word));
    // a verb of two words means what neither says alone: "blast off" is to launch
    subject.compounds().forEach(compound -> relatives.addAll(phrasalRelatives(compound, word)));
    return relatives.stream()
        .filter(lemma -> !lemmaTerms.computeIfAbsent(lemma, weights::terms).isEmpty())
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The WordNet relatives of the question's word that may stand for it; see {@link #senseFound}. */
  private Set<String> relatives(QuestionSubject subject, String term, String word) {
    boolean unseen = subject.unseen().contains(term);
    Set<String> related = senses.isThing(word) ? senses.relatedAsThing(word)
        : unseen && senses.isAction(word) ? senses.relatedAsAction(word) : senses.related(word);
    // a word no article holds is likelier another word for what one does: look one phrase further up
    if (unseen && senses.isThing(word)) {
      related = new HashSet<>(related);
      related.addAll(senses.relatedAbovePhrase(word));
    }
    // another word of the question is no sign of this one: "architect" is not found as "designer" in an
    // article that holds "designed" because the question asks who designed
    Set<String> others = new HashSet<>(subject.weights().keySet());
    others.remove(term);
    weights.terms(word).forEach(others::remove); // the parts of "flood-hit" are one word
    // nor is a vague verb the action shares a sense with ("die" is also "go")
    boolean action = !senses.isThing(word);
    return related.stream().filter(lemma -> {
      List<String> lemmaWords = lemmaTerms.computeIfAbsent(lemma, weights::terms);
      return (lemmaWords.isEmpty() || !others.containsAll(lemmaWords))
          && (!action || lemma.equals(word) || !senses.isVagueVerb(lemma));
    }).collect(java.util.stream.Collectors.toSet());
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
          && Character.isLowerCase(before.charAt(0)) && !before.equals(modifier) && !ExtractiveComposer.STOP.contains(before)
          && senses.isKindModifier(before)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the question word names the kind of fact asked for, which the answer supplies. */
  private static boolean answerWord(String word, Set<String> kinds) {
    return ANSWER_WORDS.contains(word.replaceAll("['’]s?$", "")) || kinds.contains(word);
  }

  /**
   * The question's hyphenated things ("semi-final") that the article never writes, closed, open or
   * hyphenated, nor by another word for the same thing ("adult" for "grown-up"): the final does not
   * answer for the semi-final, though it holds both words' terms. A rank ("second-lowest",
   * "third-largest") is missed where the article writes the grade without it.
   */
  private List<String> missedCompounds(QuestionSubject subject, String articleText, Set<String> articleTerms) {
    List<String> missed = new ArrayList<>();
    for (String written : subject.hyphenated()) {
      // "close-ups" is written "close-up images" in the article: the singular is looked for
      String compound = written.replaceAll("(?<=[^s])s$", "");
      String[] parts = compound.split("-");
      String text = articleText == null ? "" : articleText.toLowerCase(Locale.ROOT);
      boolean inArticle = text.contains(compound) || text.contains(parts[0] + " " + parts[1])
          || text.contains(parts[0] + parts[1]);
      // "the second-lowest bid" is another rank than the "lowest" the article writes
      boolean ranked = RANKS.contains(parts[0]) && !weights.terms(parts[1]).isEmpty()
          && articleTerms.containsAll(weights.terms(parts[1]));
      if (!inArticle && (ranked || senses.isCompoundNoun(parts[0], parts[1])
          && !relatedInArticle(senses.compoundSynonyms(parts[0], parts[1]), articleTerms))) {
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

  /** A year written in a question: "the 2025 Meridian Marathon". */
  /** Ordinals that rank a result ("Who finished third?"), with the digits and words an article may write for each. */
  private static final Map<String, String> RANK_FORMS = Map.of("second", "second|2nd|runner-up|runners-up",
      "third", "third|3rd", "fourth", "fourth|4th", "fifth", "fifth|5th", "sixth", "sixth|6th", "seventh", "seventh|7th",
      "eighth", "eighth|8th", "ninth", "ninth|9th", "tenth", "tenth|10th");

  /**
   * The ranks a question asks about ("Who finished third in the women's race?", "who came second"),
   * as patterns of the forms an article writes them in; empty when it names none.
   */
  static List<java.util.regex.Pattern> ranksAsked(String question) {
    List<java.util.regex.Pattern> out = new ArrayList<>();
    for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      String forms = RANK_FORMS.get(word);
      if (forms != null) {
        out.add(java.util.regex.Pattern.compile("(?i)\\b(?:" + forms + ")"));
      }
    }
    return out;
  }

  /**
   * Whether the article writes every rank the question asks about: the winner's article does not
   * say who finished third, and its winner is no answer.
   */
  /** A name numbered after a hyphen: "Kestrel-3", "Tern-4", "covid-19"; group 1 the name, group 2 the number. */
  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\d-])(\\p{L}{2,})-(\\d{1,4})(?![\\d-]*\\p{L})");

  /**
   * The numbered names the question writes ("Kestrel-3" in "How much did the Kestrel-3 probe cost?"),
   * each as the pattern its article must hold, in any case, with a hyphen, a space or nothing before
   * the number: the article about Kestrel-2 says nothing of Kestrel-3, though it holds "Kestrel" and
   * some "3". Empty when the question writes none.
   */
  static List<java.util.regex.Pattern> labelsAsked(String question) {
    List<java.util.regex.Pattern> out = new ArrayList<>();
    java.util.regex.Matcher m = LABEL.matcher(question);
    while (m.find()) {
      out.add(java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(m.group(1))
          + "[-\\s]?" + m.group(2) + "(?!\\d)"));
    }
    return out;
  }

  private static boolean ranksIn(List<java.util.regex.Pattern> ranks, String text) {
    return text == null || ranks.stream().allMatch(rank -> rank.matcher(text).find());
  }

  /** A year written as four digits: "2019", "in 2025". */
  static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /**
   * Whether the sentence's article is of every year the question names: it writes the year, or it
   * was published in it. "How many runners finished the 2025 Meridian Marathon?" is not answered
   * from the report of the 2026 race.
   */
  private static boolean yearsIn(List<String> years, SentenceCandidate c, String articleText) {
    return years.stream().allMatch(y -> publishedIn(c, y) || articleText != null && articleText.contains(y));
  }

  /** The first year the question names ("2019" in "Who won in 2019?"); empty when it names none. */
  static Optional<String> yearAsked(String question) {
    java.util.regex.Matcher m = YEAR.matcher(question);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** Whether the text writes the year as a year of its own ("in August 2019", not "20191"). */
  static boolean writesYear(String text, String year) {
    return YEAR.matcher(text).results().anyMatch(r -> r.group().equals(year));
  }

  /** Whether the sentence's article was published in the year (UTC). */
  static boolean publishedIn(SentenceCandidate c, String year) {
    return c.passage().published().map(p -> String.valueOf(p.atZone(java.time.ZoneOffset.UTC).getYear()))
        .filter(year::equals).isPresent();
  }

  /**
   * Whether the word is in a clause that places the question after an earlier event ("after the valve
   * problem", "following the strike"): at most three words after "after", "following" or "since", not
   * at the question's start. When another retrieved article tells of that event, the article with the
   * answer (the new launch date) need not repeat it.
   */
  private static boolean earlierEvent(QuestionSubject subject, String word) {
    List<String> seq = subject.sequence();
    for (int i = 0; i < seq.size(); i++) {
      if (!seq.get(i).equals(word)) {
        continue;
      }
      for (int j = i - 1; j >= Math.max(2, i - 4); j--) {
        if (EARLIER.contains(seq.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> EARLIER = Set.of("after", "following", "since");

  boolean relatedInArticle(Set<String> lemmas, Set<String> articleTerms) {
    return lemmas.stream().anyMatch(lemma -> articleTerms.containsAll(lemmaTerms.computeIfAbsent(lemma, weights::terms)));
  }
}
