package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.TermWeights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question is about, as the extractive composer weighs it: its informative terms with their
 * inverse document frequency (without question words and without the words of the time scope the
 * search already applied), and the names it is decisively about ("Northfield", "Coastal Cup"), each
 * as the analysed terms the index uses.
 */
record QuestionSubject(Map<String, Double> weights, double total, List<Set<String>> names, Set<String> words,
    Map<String, String> surface, Set<String> unseen, Set<String> phrasalVerbs,
    List<String> compounds, List<String> sequence, List<String> hyphenated, Map<String, Double> focus,
    Set<String> carried, Set<String> relating) {

  /** A hyphenated word of two parts of letters: "semi-final", "vice-president". */
  private static final Pattern HYPHENATED = Pattern.compile("\\b(\\p{L}{2,})-(\\p{L}{2,})\\b");

  /** Particles that make the word before them a phrasal verb: "team up", "blast off", "set up". */
  private static final Pattern PHRASAL = Pattern.compile("(\\p{L}+)\\s+(?:up|off|out|down|away|back|over)\\b");

  /** Words that shape a question but say nothing about its subject (analysed forms included). */
  static final Set<String> QUESTION_WORDS =
      Set.of("what", "who", "whom", "whose", "when", "where", "whereabout", "whereabouts", "why", "how", "which", "did", "do",
          "doe", "tell", "me", "about", "latest", "new", "happen", "happened", "know", "can", "could", "would",
          "should", "has", "have", "ha", "been", "any", "i", "you", "we", "so", "far", "news", "there", "get",
          "go", "going", "much", "mani", "many", "is", "wa", "was", "were", "are", "will", "it", "they",
          "thei", "he", "she", "him", "her", "them", "their", "its", "that", "thi", "this", "and", "also",
          // the kind of fact asked for, which the answer type checks: "what percentage", "how much money"
          "percentag", "percent", "proport", "proportion", "amount", "number", "figur", "monei", "money", "cash",
          "old", "ag", "age", "long",
          // "got" is "get"; "spoke" asks who said something, which the article writes as "said" ("talks" are also a noun)
          "got", "gotten", "gets", "getting", "spoke", "speak", "speaks", "comment", "commented",
          // "was supposed to fly on 9 July": a plan, which the article writes as "planned", "due", "scheduled"
          "suppos", "supposed",
          // "while the tram is being built": when, not what
          "while", "whilst",
          // "how long is the asteroid, roughly?": how exact the answer need be, not what it is about
          "roughli", "roughly", "approxim", "approximately", "exactli", "exactly", "precis", "precisely",
          // "that first bit of track", "a chunk of the budget": which part, the answer's to name ("the opening section")
          "bit", "bits", "chunk", "chunks", "portion", "portions",
          // "where is the library located?": the place asked for, which the answer names
          "locat", "located", "situat", "situated",
          // "the kestrel thing", "all that stuff": a word for anything, which no article need write
          "thing", "things", "stuff");

  /** A verb of deciding before what was decided: "decide not to appeal", "chose to close", "opted to". */
  private static final Pattern DECISION =
      Pattern.compile("(?i)\\b(decid(?:e|ed|es|ing)|chose|choose|chooses|chosen|opt(?:ed|s|ing)?)\\s+(?:not\\s+)?to\\b");

  /**
   * A preposition of several words whose noun says nothing the article must write: "in charge of" (the
   * role asked for, which the article names: "museum director"), "in favour of" ("87.4% backed strike
   * action"), "on behalf of", "in front of"; group 1 is the noun.
   */
  private static final Pattern COMPLEX_PREPOSITION =
      Pattern.compile("(?i)\\b(?:in|on)\\s+(charge|favou?r|behalf|front|spite|place|lieu|terms)\\s+of\\b");

  /** Capitalised words that open questions rather than name things. */
  private static final Set<String> OPENERS = Set.of("what", "who", "whom", "whose", "when", "where", "whereabouts", "why", "how",
      "which", "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would",
      "should", "tell", "and", "but", "so", "any", "the", "a", "an", "in", "on", "at", "i", "please", "give", "list",
      "name", "show", "after", "before", "since", "according", "ok", "okay", "also", "then", "from", "for", "to",
      "with", "by", "of", "during", "until", "between", "within", "over", "under", "into", "roughly",
      "approximately", "about", "around", "exactly", "precisely", "just", "now", "different", "switching");

  /** The words a follow-up carries from the previous turn, appended in parentheses by the rewriter. */
  private static final Pattern CARRIED = Pattern.compile("\\s\\(([^()]*)\\)\\s*$");
  /** The share of its weight a carried word keeps. */
  static final double CARRIED_SHARE = 0.3;

  /** A contracted function word: "don't", "isn't", "they're", "we'll", "I've". */
  private static final Pattern CONTRACTION = Pattern.compile("(n['’]t|['’](re|ve|ll|d|m))$");

  /** The adjective of a "how big / heavy / far" question, which names the measure the answer gives. */
  private static final Pattern HOW_MEASURE = Pattern.compile("(?i)\\bhow\\s+(big|large|small|heavy|tall|high|deep|"
      + "far|wide|hot|cold|warm|fast|often|full|late|early|soon|long|old|much|many)\\b");

  /** "What time …?", "at which time …?": the clock time asked for, which the answer gives ("at 06:40"). */
  private static final Pattern WHAT_TIME = Pattern.compile("(?i)\\b(?:what|which)\\s+time\\b");

  /** "a lot of", "lots of": how many, not a thing to find (WordNet's "lot" is also a flood, a batch, a fate). */
  private static final Pattern LOT_OF = Pattern.compile("(?i)\\b(?:a\\s+lot|lots)\\s+of\\b");

  /** Adverbs that ask for the end of a story, which the composer reads from the latest report. */
  private static final Pattern OUTCOME_ADVERB = Pattern.compile("(?i)\\b(?:finally|eventually|ultimately)\\b");

  /** A possessive ending: "Kestrel-2's", "Brennick’s". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\d])['’]s\\b");

  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d’'-]*");

  /** The subject of the request's standalone question. */
  static QuestionSubject of(ComposeRequest request, TermWeights weights) {
    // "Kestrel-2's": the possessive is no word of its own (the analyser keeps "s" after a number)
    String question = inBaseForm(POSSESSIVE.matcher(request.question()).replaceAll(""), weights);
    // "What pay rise did they finally get?": when in the story, not what it is about (the analyser
    // would read "finally" as "final", a word of cup finals)
    question = OUTCOME_ADVERB.matcher(question).replaceAll("");
    Map<String, Double> all = new LinkedHashMap<>(weights.weigh(question));
    all.keySet().removeIf(term -> QUESTION_WORDS.contains(term) || CONTRACTION.matcher(term).find());
    // "What triggered the ban?": the verb asks for a cause, as "why" does; it is not what the ban is about
    all.keySet().removeAll(weights.terms(AnswerType.causeVerb(request.original())));
    // "Why did Tessaro decide not to appeal?": the decision is the appeal's, which the article must write
    Matcher decision = DECISION.matcher(question);
    while (decision.find()) {
      all.keySet().removeAll(weights.terms(decision.group(1)));
    }
    // "Who's in charge of the museum?", "voted in favour of striking": a preposition, not a thing to find
    Matcher preposition = COMPLEX_PREPOSITION.matcher(question);
    while (preposition.find()) {
      all.keySet().removeAll(weights.terms(preposition.group(1)));
    }
    // "How heavy is it?": the measure asked for is the answer's ("weighs 3.2 tonnes"), not a word to find
    Matcher measure = HOW_MEASURE.matcher(question);
    while (measure.find()) {
      all.keySet().removeAll(weights.terms(measure.group(1)));
    }
    if (WHAT_TIME.matcher(question).find()) {
      all.keySet().removeAll(weights.terms("time"));
    }
    if (LOT_OF.matcher(question).find()) {
      all.keySet().removeAll(weights.terms("lots"));
      all.keySet().removeAll(weights.terms("lot"));
    }
    // a follow-up's words carried from the previous turn keep the story; they are not what is asked now
    Set<String> carried = carriedTerms(question, weights);
    for (String term : carried) {
      all.computeIfPresent(term, (t, w) -> w * CARRIED_SHARE);
    }
    request.scope().ifPresent(scope -> all.keySet().removeAll(weights.terms(scope.expression())));
    double total = all.values().stream().mapToDouble(Double::doubleValue).sum();
    Set<String> scopeTerms = request.scope().map(s -> Set.copyOf(weights.terms(s.expression()))).orElse(Set.of());
    List<Set<String>> names = new ArrayList<>();
    for (String name : names(question)) {
      Set<String> terms = new HashSet<>(weights.terms(name));
      terms.removeAll(scopeTerms);
      terms.removeIf(QUESTION_WORDS::contains);
      if (!terms.isEmpty()) {
        names.add(terms);
      }
    }
    Set<String> words = new HashSet<>();
    for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}%.,]+")) {
      words.add(word.replaceAll("[.,]+$", ""));
    }
    Map<String, String> surface = new LinkedHashMap<>();
    for (String word : question.split("[^\\p{L}\\p{N}'’-]+")) {
      for (String term : weights.terms(word)) {
        surface.putIfAbsent(term, word.toLowerCase(Locale.ROOT));
      }
    }
    Set<String> unseen = weights.unseen(all.keySet());
    Set<String> phrasal = new HashSet<>();
    Matcher particle = PHRASAL.matcher(question.toLowerCase(Locale.ROOT));
    while (particle.find()) {
      phrasal.add(particle.group(1));
    }
    List<String> compounds = new ArrayList<>();
    String[] plain = question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    for (int i = 1; i < plain.length; i++) {
      if (!plain[i - 1].isEmpty() && !plain[i].isEmpty()) {
        compounds.add(plain[i - 1] + " " + plain[i]);
      }
    }
    List<String> hyphenated = new ArrayList<>();
    Matcher hyphen = HYPHENATED.matcher(question.toLowerCase(Locale.ROOT));
    while (hyphen.find()) {
      hyphenated.add(hyphen.group());
    }
    return new QuestionSubject(all, total, names, words, surface, unseen, phrasal, compounds, List.of(plain),
        hyphenated, focusOf(all, names), carried, relating(question, unseen, surface, weights));
  }

  /**
   * The unseen terms (no article holds them) of verbs that only relate the things the question names,
   * which the article may tell in any words: an active verb whose commonest sense takes an object
   * ({@link WordSenses#takesObject}) — "What penalty did the regulator <em>slap</em> on Tessaro?",
   * "How many people <em>cast</em> their ballot for Holtby?" (the penalty, the ballot are what is
   * asked about). A verb with no object in the question is the event asked about and stays decisive:
   * a passive, its subject perhaps between ("Were any dock workers <em>arrested</em>?", but not "was brought in
   * to <em>broker</em> a settlement") or a verb that takes none ("When did the
   * bridge <em>collapse</em>?"). Neither is a form in -ing, which may name a kind of thing ("the swimming
   * scheme"), nor a verb an article writes in an irregular form ("spend" as "spent the night").
   */
  private static Set<String> relating(String question, Set<String> unseen, Map<String, String> surface,
      TermWeights weights) {
    Set<String> out = new HashSet<>();
    String lower = question.toLowerCase(Locale.ROOT);
    WordSenses senses = WordSenses.shared();
    for (String term : unseen) {
      String word = surface.getOrDefault(term, term);
      // "swimming" in "the swimming scheme" names a kind of scheme; "spend" is written "spent" by the article
      if (!word.endsWith("ing") && senses.isAction(word) && senses.takesObject(word)
          && senses.irregularVerbForms(word).stream().allMatch(form -> !weights.unseen(weights.terms(form)).isEmpty())
          && !passive(lower, word, senses)) {
        out.add(term);
      }
    }
    return out;
  }

  /**
   * Whether the word is written as a passive in the question (in lower case): a past participle (in -ed
   * or -en, or an irregular form: "thrown", "sold") after {@link #PASSIVE}.
   */
  private static boolean passive(String question, String word, WordSenses senses) {
    boolean participle = word.endsWith("ed") || word.endsWith("en") || !senses.verbBaseForms(word).isEmpty();
    return participle && Pattern.compile("\\b" + PASSIVE + "\\s+(?:[\\p{L}'’-]+\\s+){0,3}" + Pattern.quote(word) + "\\b")
        .matcher(question).find();
  }

  /**
   * A form of "be" or "get" before a past participle, up to three words apart: "were arrested", "had to
   * be rescued", "were any dock workers arrested".
   */
  private static final String PASSIVE = "(?:is|are|was|were|be|been|being|get|gets|got|getting)";

  /**
   * The terms a follow-up carries from the previous turn, in parentheses after the question ("How
   * heavy is it? (centrepiece, boat hall)"), that the question as asked does not hold; empty for a
   * question that carries none.
   */
  static Set<String> carriedTerms(String question, TermWeights weights) {
    Matcher carried = CARRIED.matcher(question);
    if (!carried.find()) {
      return Set.of();
    }
    Set<String> asked = Set.copyOf(weights.terms(question.substring(0, carried.start())));
    Set<String> out = new HashSet<>(weights.terms(carried.group(1)));
    out.removeAll(asked);
    return out;
  }

  /**
   * The question with each lower-case verb form that no article holds, but whose dictionary form
   * some article does, written in that form: "gave" as give, "sent" as send. The index stems regular
   * endings; irregular ones ("gave", "threw") would otherwise read as words of a topic the news lacks.
   */
  private static String inBaseForm(String question, TermWeights weights) {
    // the index is asked once for all the question's words, and again only for a rare unseen one's base forms
    Set<String> asked = new HashSet<>();
    Matcher all = LOWER_WORD.matcher(question);
    while (all.find()) {
      asked.addAll(weights.terms(all.group()));
    }
    Set<String> unseen = weights.unseen(asked);
    Matcher word = LOWER_WORD.matcher(question);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      String replacement = word.group();
      if (weights.terms(word.group()).stream().anyMatch(unseen::contains)) {
        for (String base : WordSenses.shared().verbBaseForms(word.group())) {
          List<String> baseTerms = weights.terms(base);
          if (!baseTerms.isEmpty() && weights.unseen(baseTerms).isEmpty()) {
            replacement = base;
            break;
          }
        }
      }
      word.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    word.appendTail(out);
    return out.toString();
  }

  /** A word written in lower case (names are left as written). */
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\d'’-])\\p{Ll}+(?![\\p{L}\\d'’-])");

  /** The capitalised words of the question that name something, the opening word only when it is no opener. */
  private static List<String> names(String question) {
    List<String> out = new ArrayList<>();
    Matcher m = NAME_WORD.matcher(question);
    while (m.find()) {
      String word = m.group();
      if (!OPENERS.contains(word.toLowerCase(Locale.ROOT))) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * The weight (0 to 1) of each term outside the question's names, as a share of all such terms'
   * weight: what the question asks about its subject ("reopen" in "When will the Calder Bridge
   * reopen?"). Empty when every term is part of a name.
   */
  private static Map<String, Double> focusOf(Map<String, Double> weights, List<Set<String>> names) {
    Set<String> named = new HashSet<>();
    names.forEach(named::addAll);
    double sum = weights.entrySet().stream().filter(e -> !named.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
    Map<String, Double> out = new LinkedHashMap<>();
    weights.forEach((term, weight) -> {
      if (!named.contains(term) && sum > 0) {
        out.put(term, weight / sum);
      }
    });
    return Map.copyOf(out);
  }

  boolean isEmpty() {
    return total <= 0;
  }
}
