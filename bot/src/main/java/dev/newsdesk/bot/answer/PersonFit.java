package dev.newsdesk.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fit of a sentence to a <i>who</i> question ({@link AnswerType#PERSON}): it names a person or
 * an organisation ("Maren Holtby", "Dr. Oskar Brandt", "Harbor FC", "mayor Holtby"), not a place
 * ("Central Station"), an event ("Coastal Cup") or a numbered thing ("Kestrel-2 probe"), and best
 * beside the role the question asks about ("said flight director Mr. Jonas Pell").
 */
final class PersonFit {

  private PersonFit() {}

  /** Two or more capitalised words, or a title and a name: "Maren Holtby", "Dr. Oskar Brandt", "Harbor FC". */
  private static final Pattern NAME = Pattern.compile(
      "\\b(?:(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Capt|Gen)\\.?\\s+)?(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}’'-]+"
          + "(?:\\s+(?:of\\s+|de\\s+|van\\s+)?(?:\\p{Lu}[\\p{L}’'-]*|\\p{Lu}\\.|FC|AG|Ltd))+"
          + "|\\b(?:\\p{Lu}\\.\\s*){1,3}\\p{Lu}\\p{Ll}+");
  /** Offices a person holds in a body: "mayor", "general secretary", "chair". */
  static final String OFFICES = "mayor|director|chief|head|curator|minister|governor|spokes(?:person|man|woman)"
      + "|chair(?:man|woman|person)?|president|coach|captain|manager|engineer|officer|inspector|secretary|leader|ceo"
      + "|forecaster|executive|treasurer|commissioner|editor|principal|conductor|keeper|goalkeeper";
  /** A role word before a single name: "mayor Holtby", "curator Damgaard", "spokesperson Lind". */
  private static final Pattern ROLE_NAME = Pattern.compile("(?i:\\b(" + OFFICES + "|founder|owner)\\s)\\p{Lu}\\p{Ll}+");

  /**
   * How well the sentence says who, from 0 to 1: 1 for a person or body named beside a thing the
   * question names, {@value #NAME_ALONE} for one named elsewhere, 0 for none; {@code asked} holds the
   * question's words in lower case (a name made only of them is what was asked about, not the answer).
   */
  static double fit(String sentence, Set<String> asked) {
    return fit(sentence, asked, false);
  }

  /**
   * As {@link #fit(String, Set)}; {@code bodyAsked}: whether the question asks for an organisation
   * ("Which company …?", {@link WordSenses#isBodyNoun}), which a name with a personal title ("Mr. P.
   * T. Lasker"), initials or a personal role ("engineer Lasker") does not give: it fits at most
   * {@value #PERSON_FOR_BODY}.
   */
  static double fit(String sentence, Set<String> asked, boolean bodyAsked) {
    return fit(sentence, asked, bodyAsked, Office.NONE);
  }

  /**
   * As {@link #fit(String, Set, boolean)}; {@code office}: the office the question asks who holds
   * ({@link Office#of}: "manager" in "Who is the manager of Harbor FC?"), {@link Office#NONE} for
   * none. A name then answers only beside that office, a word WordNet 3.1 relates to it or, for a
   * head, a word for one ({@link #HEADS}): within {@value #OFFICE_WINDOW} words after the name, or
   * after its taking of it ("Maren Holtby has been elected mayor", unless the question asks for a
   * former holder); and not where a name the question lacks owns the office ("Rovers manager Ms.
   * Gudrun Ashe"; a capitalised first word of the sentence, which may be a common word, counts as a
   * name only when {@link Office#ownerNamed}).
   * Elsewhere it fits {@value #OFFICE_ELSEWHERE}, below what a typed answer needs, so a question about
   * an office the news never names abstains rather than quoting whoever the article names.
   */
  static double fit(String sentence, Set<String> asked, boolean bodyAsked, Office office) {
    // "Who is the police chief?": a sentence that does not write "police" names no police chief
    boolean otherKind = office.asked() && !office.modifier().isEmpty()
        && !sentence.toLowerCase(Locale.ROOT).contains(office.modifier());
    Set<String> roleWords = otherKind ? Set.of() : office.asked() ? Set.of(office.word()) : asked;
    double elsewhere = office.asked() ? OFFICE_ELSEWHERE : NAME_ALONE;
    double best = 0;
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      for (String written : POSSESSIVE.split(m.group())) {
        // "Twelve-year-old Lina Havel" is Lina Havel
        String part = DESCRIPTOR.matcher(written).replaceFirst("");
        // "Curator Ilse Damgaard": the office, written as a title, is looked at with the words before the name
        Matcher titled = office.asked() ? OFFICE_TITLE.matcher(part) : null;
        int from = m.start();
        if (titled != null && titled.lookingAt() && written.equals(m.group())
            && officeWord(titled.group(1).toLowerCase(Locale.ROOT), roleWords)) {
          part = part.substring(titled.end());
          from = m.start() + titled.end(1);
        }
        if (isPersonOrBody(part) && !AnswerType.allAsked(part, asked)) {
          double fit = roleNear(sentence, from, m.end(), asked, roleWords, office) ? 1 : elsewhere;
          best = Math.max(best, bodyAsked && PERSONAL.matcher(part).find() ? Math.min(fit, PERSON_FOR_BODY) : fit);
        }
      }
    }
    Matcher role = ROLE_NAME.matcher(sentence);
    while (role.find()) {
      if (!AnswerType.allAsked(role.group(), asked)) {
        // "Rovers manager Ashe": the office word itself is looked at with the word before it
        int from = !office.asked() ? role.start() : role.start(1) + role.group(1).length();
        double fit = roleNear(sentence, from, role.end(), asked, roleWords, office) ? 1 : elsewhere;
        best = Math.max(best, bodyAsked ? Math.min(fit, PERSON_FOR_BODY) : fit);
      }
    }
    return best;
  }

  /**
   * The office a who-question asks who holds. {@code word}: the office, lower case, one of {@link
   * #OFFICES} ("manager" in "Who is the manager of Harbor FC?", "secretary" in "who's the general
   * secretary of the dockers' union?"), empty when the question asks otherwise ("Who won …?", "Who
   * was named mediator?", "Who is the winner …?": a doer need not be written beside a title);
   * {@code ownerNamed}: the question names whose office it is ("Harbor FC"); {@code former}: it asks
   * for an earlier holder ("Who was mayor before Maren Holtby?"), whom the one newly elected is not;
   * {@code rank}: the rank written before the office ("deputy" in "Who is the deputy mayor?"), which
   * must be written before it in the sentence too (the mayor is not the deputy mayor), empty for none;
   * {@code modifier}: the word that makes the office one of a kind ("police" in "Who is the police
   * chief in Brennick?", "general" in "general secretary"), which the sentence must write (a chief
   * executive is no police chief), empty for none.
   */
  record Office(String word, boolean ownerNamed, boolean former, String rank, String modifier) {

    static final Office NONE = new Office("", false, false, "", "");

    private static final Pattern ASKED = Pattern.compile("^who(?:['’]s|\\s+(?:is|was|are|were|will\\s+be|has\\s+been"
        + "|had\\s+been))\\s+(?:the|its|their|his|her|(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+['’]s?)\\s+(?<pre>(?:[\\p{L}-]+\\s+){0,2}?)"
        + "(?:(?<rank>" + RANKS + ")[\\s-]+)?(?<office>" + OFFICES + ")(?:\\s+(?:of|for|at|in|on|behind|who|that|whose|to|before|until)\\b.*|\\s*[?.!]*)$");
    /** Words before an office that do not make it another one: "the new mayor", "the current head". */
    private static final Set<String> NO_MODIFIER = Set.of("new", "current", "present", "former", "previous", "outgoing",
        "incoming", "first", "last", "next", "top", "main", "then", "retiring", "departing", "future", "real", "actual");
    private static final Pattern FORMER = Pattern.compile(
        "\\b(?:former|previous|outgoing|retiring|departing|predecessor|ex-\\p{L}+|before|until|preceded)\\b");

    /**
     * @param question the question as asked
     * @param ownerNamed whether the question names whose office it asks about (a name of its subject)
     */
    static Office of(String question, boolean ownerNamed) {
      String asking = AnswerType.asking(question.strip().toLowerCase(Locale.ROOT));
      Matcher m = ASKED.matcher(asking);
      if (!m.find()) {
        return NONE;
      }
      String[] pre = m.group("pre").strip().split("\\s+");
      String modifier = pre[pre.length - 1];
      return new Office(m.group("office"), ownerNamed, FORMER.matcher(asking).find(),
          m.group("rank") == null ? "" : m.group("rank"),
          modifier.length() > 2 && !NO_MODIFIER.contains(modifier) ? modifier : "");
    }

    boolean asked() {
      return !word.isEmpty();
    }
  }

  /** An office written as a title at the start of a name: "Curator Ilse Damgaard", "Mayor Maren Holtby". */
  private static final Pattern OFFICE_TITLE = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+(?=\\p{Lu})");

  /** Ranks of an office: a deputy mayor is not the mayor. */
  private static final String RANKS = "deputy|vice|assistant|acting|interim|associate|co|junior|senior|honorary";

  /** A capitalised compound that describes, before a name: "Twelve-year-old", "Selvik-based". */
  private static final Pattern DESCRIPTOR = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)+\\s+");

  /** The fit of a name written away from the office the question asks who holds: below a typed answer's least. */
  private static final double OFFICE_ELSEWHERE = 0.3;

  /** A name that can only be a person's: a personal title or initials first ("Ms. Ruth Ellery", "J. R. Okafor"). */
  private static final Pattern PERSONAL = Pattern.compile("\\b(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\\b|\\p{Lu}\\.\\s+\\p{Lu})");
  /** The fit of a person's name to a question that asks for an organisation: below what a typed answer needs. */
  private static final double PERSON_FOR_BODY = 0.3;

  /**
   * The fit of a name that no word of the question stands beside: a person or body is named, but
   * not as the one asked about ("The Energy Ministry approved the wind farm" for "Which company is
   * developing the wind farm?"): below the strong fit, so "developed by the company Westerly Power"
   * leads.
   */
  private static final double NAME_ALONE = 0.85;
  /**
   * Words that say who leads a body, whatever the body calls it: "Who's the head of the community
   * council?" is answered by "who chairs the community council".
   */
  private static final Set<String> HEADS = Set.of("head", "heads", "headed", "leader", "leads", "led", "chief", "boss",
      "chair", "chairs", "chaired", "chairman", "chairwoman", "chairperson", "president", "director");

  /** Whether a word, lower case, is the office asked or, for a head, a word for one. */
  private static boolean officeWord(String word, Set<String> roleWords) {
    return roleWords.contains(word) || heads(roleWords) && HEADS.contains(word);
  }

  private static boolean heads(Set<String> roleWords) {
    return roleWords.stream().anyMatch(HEADS::contains);
  }

  /** Taking an office, right after a name: "has been elected", "was appointed", "was named as". */
  private static final Pattern OFFICE_TAKEN = Pattern.compile("(?i)[\\s,]*(?:has|have|had|was|were|is|will)\\s+"
      + "(?:been\\s+|be\\s+)?(?:newly\\s+)?(?:elected|re-elected|appointed|named|made|chosen|installed|sworn\\s+in)"
      + "(?:\\s+as)?\\b");

  /** How many words after a name are looked at for the office a question asks who holds. */
  private static final int OFFICE_WINDOW = 6;
  /** How many words either side of a name are looked at for the question's role word. */
  private static final int ROLE_WINDOW = 4;
  private static final Pattern SENTENCE_WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*");

  /**
   * Whether a thing the question names in lower case ("director", "company", "manufacturer") stands
   * within {@value #ROLE_WINDOW} words of the name at [start, end) ("said flight director Mr. Jonas
   * Pell", "developed by the company Westerly Power"): the name is given in the role asked about.
   */
  private static boolean roleNear(String sentence, int start, int end, Set<String> asked, Set<String> roleWords,
      Office asking) {
    boolean office = asking.asked();
    List<String> before = new ArrayList<>();
    Matcher w = SENTENCE_WORD.matcher(sentence.substring(0, start));
    while (w.find()) {
      before.add(w.group());
    }
    // one word more before the window: the modifier of the first word in it
    int offset = Math.max(0, before.size() - ROLE_WINDOW - 1);
    List<String> near = new ArrayList<>(before.subList(offset, before.size()));
    int initial = offset == 0 ? 0 : -1; // where the sentence's first word is in near, if it is
    // a verb of saying before the name begins its phrase ("the operator said on Monday that Mr. Ruud…"); one of
    // being does not ("The museum was designed by Brisk Architects")
    for (int i = near.size() - 1; i >= 0; i--) {
      if (SAYING_VERBS.contains(near.get(i).toLowerCase(Locale.ROOT))) {
        near = new ArrayList<>(near.subList(i + 1, near.size()));
        initial = -1;
        break;
      }
    }
    // "the proposal, presented by transport director Dr. Oskar Brandt": the doer of the question's own verb,
    // unless a possessive the question lacks says whose ("The men's race was won by …" for the women's race)
    for (int i = near.size() - 2; i >= 0; i--) {
      if (near.get(i + 1).equals("by") && sameVerb(near.get(i).toLowerCase(Locale.ROOT), asked)) {
        boolean otherOwner = near.subList(0, i).stream().anyMatch(word -> OWNER.matcher(word).matches()
            && !asked.contains(OWNER.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("$1")));
        if (!otherOwner && !office) {
          return true;
        }
      }
    }
    int first = near.size() > ROLE_WINDOW ? 1 : 0;
    String tail = sentence.substring(end);
    Matcher taken = OFFICE_TAKEN.matcher(tail);
    if (office && !asking.former() && taken.lookingAt()) {
      tail = tail.substring(taken.end()); // "Maren Holtby has been elected mayor": the office she took
    }
    Matcher after = SENTENCE_WORD.matcher(tail);
    for (int i = 0; i < (office ? OFFICE_WINDOW : ROLE_WINDOW) && after.find(); i++) {
      // a verb of saying or being after the name ends its phrase: "Ms. Lena Horvik, said the operator would…"
      if (CLAUSE_VERBS.contains(after.group().toLowerCase(Locale.ROOT))) {
        break;
      }
      near.add(after.group());
    }
    for (int i = first; i < near.size(); i++) {
      String word = near.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      // "Who spoke for the operator?": the one who speaks for a body is its spokesperson (a company's or a
      // union's alike: which body is left to the question's other words)
      if (lower.startsWith("spokes") && roleWords.stream().anyMatch(SPEAK::contains)) {
        return true;
      }
      // "The men's race was won by …" does not say who won the women's race, "flight director" who directs the institute
      String modifier = i > 0 ? near.get(i - 1).toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "") : "";
      if (!modifier.isEmpty() && !asked.contains(modifier) && !ROLE_STOP.contains(modifier)
          && (near.get(i - 1).matches(".+['’]s?") || WordSenses.shared().isKindModifier(modifier)
              || office && otherName(near.get(i - 1)) && (i - 1 != initial || asking.ownerNamed()))) {
        continue;
      }
      // "Who is the deputy mayor?": the mayor is not the one asked about
      if (office && !asking.rank().isEmpty() && !(i > 0 && near.get(i - 1).toLowerCase(Locale.ROOT).endsWith(asking.rank()))) {
        continue;
      }
      // "Curator Ilse Damgaard said": an office written as a title, capitalised
      boolean title = office && officeWord(lower, roleWords);
      if ((Character.isLowerCase(word.charAt(0)) || title) && lower.length() > 3 && !ROLE_STOP.contains(lower)
          && (roleWords.contains(lower) || roleWords.contains(lower + "s") || roleWords.contains(lower + "es")
              || lower.endsWith("s") && roleWords.contains(lower.substring(0, lower.length() - 1))
              || roleRelated(lower, roleWords) || title)
          // "Marta Quill, who leads the union": a verb for heading is a head's role too
          && (WordSenses.shared().isThing(lower) || office && heads(roleWords) && HEADS.contains(lower))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised word before a role names another owner of it ("Rovers manager", "Selvik
   * Fishermen's Association chair"), not a personal title; the caller has checked the question lacks it.
   */
  private static boolean otherName(String word) {
    return Character.isUpperCase(word.charAt(0)) && !TITLE.matcher(word).matches();
  }

  private static final Pattern TITLE = Pattern.compile("(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame)\\.?");

  /**
   * Whether a word of the sentence is, by a WordNet 3.1 sense, the role a singular person noun of the
   * question names in other words ("chief" for "boss", "head" for "leader"): a person named beside it
   * holds that role.
   */
  private static boolean roleRelated(String word, Set<String> asked) {
    WordSenses senses = WordSenses.shared();
    for (String a : asked) {
      // a role asked is one person's, singular: "the dock workers' union" names no role ("independent" is a worker)
      if (a.length() > 3 && !PLURAL.matcher(a).matches() && !ROLE_STOP.contains(a) && senses.isPersonOrBodyNoun(a)
          && senses.relatedAsThing(a).contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of the sentence before "by" is a form of a question word, the question's verb
   * ("presented" for "presented", "led" for "led", "developed" for "develops"): compared without the
   * endings -s, -ed, -d and -ing.
   */
  private static boolean sameVerb(String word, Set<String> asked) {
    if (word.length() < 3 || ROLE_STOP.contains(word)) {
      return false;
    }
    String stem = verbStem(word);
    return asked.stream().anyMatch(a -> a.length() >= 3 && !ROLE_STOP.contains(a) && verbStem(a).equals(stem));
  }

  private static String verbStem(String word) {
    return VERB_ENDING.matcher(word).replaceFirst("");
  }

  /** A possessive, "men's", "workers'": group 1 is its owner. */
  private static final Pattern OWNER = Pattern.compile("(.+)['’]s?");
  /** A plural in "-s" (not "boss", "status"). */
  private static final Pattern PLURAL = Pattern.compile(".*[^su]s");
  private static final Pattern VERB_ENDING = Pattern.compile("(?:ing|ed|es|s|d)$");

  private static final Set<String> SPEAK = Set.of("speak", "speaks", "spoke", "spoken", "speaking");

  /** Verbs of saying, which begin or end the phrase around a name: what stands beyond is another clause's. */
  private static final Set<String> SAYING_VERBS = Set.of("said", "says", "told", "added");
  /** Verbs of saying and being, which end the phrase after a name. */
  private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "told", "added", "was", "is", "are", "were",
      "has", "have", "had", "will", "would");

  private static final Set<String> ROLE_STOP = Set.of("the", "a", "an", "its", "his", "her", "their", "by", "of",
      "and", "for", "was", "is", "are", "has", "had", "did", "not", "who", "how", "new", "said", "says", "told", "from",
      "with", "that", "this", "what",
      "when", "where", "which", "whom", "whose", "have", "been", "were", "will", "would");

  /** "Aldmoor Space Institute's Kestrel-2": a possessive joins two names. */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+");
  private static final Pattern LEADING_THE = Pattern.compile("^The\\s+");
  /** Heads of names that name an event rather than who did something: "Coastal Cup", "Lantern Festival". */
  private static final Pattern EVENT_HEAD = Pattern.compile("(?i)(cup|festival|marathon|championships?|games|"
      + "olympiad|fair|week|weekend|day|race|regatta|election|show|awards?)");

  /**
   * Whether a name of two or more words can say who: a person or an organisation, not a place
   * ("Central Station", "Kallby Bridge"), an event ("Coastal Cup") or a numbered thing ("Kestrel-2 probe").
   */
  private static boolean isPersonOrBody(String name) {
    String[] words = LEADING_THE.matcher(name.strip()).replaceFirst("").split("\\s+");
    if (words.length < 2 && !words[0].contains(".")) {
      return false;
    }
    // "Port of Brennick", "University of Meridian": the head comes before "of"
    int of = java.util.Arrays.asList(words).indexOf("of");
    String head = words[of > 0 ? of - 1 : words.length - 1];
    return !head.matches(".*\\d.*") && !head.matches("(?i)(" + AnswerType.PLACE_NOUNS + ")s?") && !EVENT_HEAD.matcher(head).matches();
  }
}
