package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.TopicCue;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, read from how it starts (after a leading "and", "so",
 * "but"), and how well a sentence states one: a person or organisation for <i>who</i>, a number
 * for <i>how many/much</i>, a share for <i>what percentage</i>, a date or time for <i>when</i>, a
 * place for <i>where</i>, a cause for <i>why</i>, a proper name for <i>what is it called</i>. The
 * sentence that states the fact is put first.
 *
 * <p>{@link #fit(String, Set, String)} grades a sentence from 0 (no fact of the kind) to 1 (a clear one);
 * words of the question itself never count as the fact ("Who won the Coastal Cup?" is not
 * answered by the name "Coastal Cup").
 */
enum AnswerType {
  PERSON, QUANTITY, SHARE, TIME, PLACE, CAUSE, NAME, ANY;

  /** Words before the question word that do not change what is asked: "and", "roughly", "from". */
  private static final Pattern LEAD = Pattern.compile("^((and|so|but|then|also|ok|okay|roughly|approximately|about|"
      + "around|exactly|precisely|just|now|please|from|since|until|by|for|to|at|on|in)[,\\s]+)+(?=(what|which|who|"
      + "whom|whose|when|where|why|how)\\b)|^(and|so|but|then|also|ok|okay)[,\\s]+");
  private static final Pattern SHARE_QUESTION = Pattern.compile(
      "^(what|which) (percentage|percent|share|proportion|fraction)\\b|^how many percent\\b");
  private static final Pattern QUANTITY_QUESTION = Pattern.compile(
      "^(how (many|much|long|far|big|large|high|tall|deep|old|fast|heavy|often|hot|cold|full|warm)"
          + "|what (number|amount|price|cost|temperature|score|sum|figure|size|length|pay rise|rise|increase|rate|fine"
          + "|salary|wage|fee|budget|penalty|population|attendance|turnout|weight|distance|height|depth)"
          + "|by how much"
          // "What is the average salary of …?", "what's the fare for …": the same, asked through "be"
          + "|what(?:['’]s| is| was| are| were| will be) (?:the |a |an )?(?:[\\p{L}-]+ ){0,2}?(price|cost|salary|wage|fee|fare"
          + "|budget|fine|penalty|attendance|turnout|temperature|weight|mass|population|distance|height|depth|length)(?= of| for| in| at| on|\\?|$)"
          // "What did the rocket cost?", "what does it cost to take a car…": a price, as "how much" (not "… the cost?")
          + "|what (?:does|did|do|will|would|could|might|should) (?:[\\p{L}\\p{N}’'-]+ ){1,10}?"
          + "(?<!\\b(?:the|a|an|its|their|his|her|this|that) )(?:cost|weigh))\\b");
  private static final Pattern TIME_QUESTION =
      Pattern.compile("^(when|since when|until when|what (date|day|time|year|month)|which (date|day|year|month)"
          + "|from (what|which) (date|day|time|year|month)|by (what|which) (date|day|time|year|month)"
          + "|how soon|at what time|on what (date|day)"
          + "|what(?:'s|’s| is| was| will be) the (?:[\\p{L}-]+ ){0,2}(?:date|day|time|year))\\b");
  private static final Pattern PERSON_QUESTION = Pattern.compile("^(who|whom|whose|which (company|firm|team|"
      + "person|official|group|club|player|runner|candidate|contractor|organi[sz]ation))\\b");
  private static final Pattern PLACE_QUESTION = Pattern.compile("^(where|whereabouts|from where|in what (place|town|city)|"
      + "which (town|city|village|country|region|district|island|site|venue|street|station))\\b");
  /** "What is the name of the boat?", "what's it called?": a proper name. */
  private static final Pattern NAME_QUESTION = Pattern.compile("^(?:what(?:'s|’s| is| was| are| were)\\s+(?:the\\s+|their\\s+"
      + "|its\\s+|his\\s+|her\\s+)?names?\\b|what(?:'s|’s| is| was| are| were| will)\\b.*\\bcalled\\b|names?\\s+of\\b)");
  /** A capitalised word inside a sentence: a name, unless the question or the calendar gives it. */
  private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s|[“\"‘'(])\\p{Lu}[\\p{L}’'-]*");

  /** Verbs after "what" that ask for a cause: "What triggered the ban?", "What held up the renovation?". */
  private static final String CAUSE_VERBS = "caused|causes|causing|led to|leads to|triggered|prompted|sparked|held up|"
      + "holds up|delayed|forced|drove|brought about";
  private static final Pattern CAUSE_VERB = Pattern.compile("(?i)^(?:and |so )?what(?:'s|’s| is| was)? (" + CAUSE_VERBS + ")\\b");
  /** Questions that ask for a cause in other words than a verb after "what" ({@link #causeVerb}). */
  private static final Pattern CAUSE_QUESTION = Pattern.compile("^(why|how come|for what reason|what(?:'s|’s| is| was)? "
      + "(?:behind|was behind|is behind|(?:was |is )?the (?:cause|reason)))\\b");

  /**
   * A cue after which a sentence gives the cause of what it told before it: "postponed after engineers
   * found a faulty valve", "won thanks to a goal from Eriksen". (Cues that name the effect after them,
   * "led to", "caused", are not among them.)
   */
  private static final Pattern CAUSE_AFTER_EFFECT = Pattern.compile("(?i)\\b(because|due to|owing to|thanks to|"
      + "as a result of|after|following|amid|caused by|driven by|boosted by|fuell?ed by|linked to|traced to|"
      + "attributed to|put down to)\\b");
  /** A why-question up to its subject: "Why did ", "why was ". */
  private static final Pattern WHY_AUX = Pattern.compile("(?i)^why\\s+(?:did|does|do|was|were|is|are|has|have|had|"
      + "will|would|could|should|can|might)\\s+(.+)$");
  private static final Set<String> SUBJECT_STOPS = Set.of("on", "in", "at", "of", "for", "to", "from", "with", "by",
      "during", "after", "before", "only", "still", "not", "never", "so", "just", "ever", "be", "been", "being", "get",
      "go", "have");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
      "these", "those", "our", "my", "your");

  /**
   * The subject of a why-question, the words of the noun phrase after its auxiliary: "the fuel valve"
   * in "Why did the fuel valve on the Kestrel-2 rocket fail to close?", "Tomas Eriksen" in "Why was
   * Tomas Eriksen only brought on…?". Empty for other questions. The phrase ends at a preposition, an
   * adverb or a word mostly used as a verb (WordNet), but never before its first word.
   */
  static String causeSubject(String question) {
    Matcher m = WHY_AUX.matcher(asking(TopicCue.of(question).unlabelled().strip()));
    if (!m.find()) {
      return "";
    }
    WordSenses senses = WordSenses.shared();
    List<String> out = new java.util.ArrayList<>();
    for (String raw : m.group(1).split("\\s+")) {
      String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      String lower = word.toLowerCase(Locale.ROOT);
      if (out.isEmpty() && DETERMINERS.contains(lower) || word.isEmpty()) {
        continue;
      }
      boolean name = Character.isUpperCase(word.charAt(0));
      if (!out.isEmpty() && !name && (SUBJECT_STOPS.contains(lower) || senses.isOnlyAdverb(lower)
          || senses.isAction(lower))) {
        break;
      }
      out.add(word);
      if (out.size() == 4 || raw.matches(".*[,?!.]$")) {
        break;
      }
    }
    return String.join(" ", out);
  }

  /**
   * Whether a sentence gives a cause of another event than the one a why-question asks about: the
   * question's subject ({@code subjectTerms}, see {@link #causeSubject}) is written only after a cue
   * that gives the cause of what comes before it ("has been postponed after engineers found a faulty
   * fuel valve", for "Why did the fuel valve fail?"): the thing asked about is the cause there, not
   * what is explained.
   */
  static boolean explainsAnother(String sentence, Set<String> subjectTerms,
      java.util.function.Function<String, java.util.Collection<String>> terms) {
    if (subjectTerms.isEmpty()) {
      return false;
    }
    Matcher cue = CAUSE_AFTER_EFFECT.matcher(sentence);
    if (!cue.find()) {
      return false;
    }
    java.util.Collection<String> before = terms.apply(sentence.substring(0, cue.start()));
    java.util.Collection<String> after = terms.apply(sentence.substring(cue.end()));
    return subjectTerms.stream().noneMatch(before::contains) && subjectTerms.stream().anyMatch(after::contains);
  }

  /** A number written in figures or words. */
  static final Pattern NUMBER = Pattern.compile(
      "\\d[\\d,.]*|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
          + "forty|fifty|hundred|hundreds|thousand|thousands|million|billion|dozen|dozens|half|third|quarter)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A year written alone: "2019". */
  static final Pattern YEAR = Pattern.compile("^(1[89]|20)\\d\\d$");
  /** A share: "55%", "12 per cent". */
  static final Pattern PERCENT = Pattern.compile("\\d\\s?%|\\bper ?cent\\b|\\bpercent\\b", Pattern.CASE_INSENSITIVE);
  /** The months' full names, as a regular-expression alternation. */
  static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|"
      + "november|december";
  private static final String MONTHS = MONTH_NAMES + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  private static final Pattern DATE = Pattern.compile("(?i)\\b(\\d{1,2}(st|nd|rd|th)?\\s+(" + MONTHS + ")\\b|("
      + MONTHS + ")\\.?\\s+\\d{1,2}(st|nd|rd|th)?\\b|\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(a\\.?m|p\\.?m)\\b|\\bnoon\\b|\\bmidnight\\b");
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)^(" + MONTHS + ")\\b");
  private static final Pattern MONTH_OR_YEAR = Pattern.compile("(?i)\\b(in|since|until|by|from|during|early|late|mid)"
      + "[-\\s]+((" + MONTHS + ")|(1[89]|20)\\d\\d|spring|summer|autumn|winter)\\b|\\b(" + MONTHS + ")\\s+(1[89]|20)\\d\\d\\b");
  private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  /** A month or a day of the week, which a capitalised word may be without naming anything asked for. */
  private static final Pattern CALENDAR_WORD = Pattern.compile("(?i)(" + MONTHS + "|" + WEEKDAYS + ")");
  private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)\\b(" + WEEKDAYS + "|today|yesterday|tomorrow|tonight|this (week|month|year|morning|evening)|last (week|month|year|"
      + "night)|next (week|month|year)|weeks?|months?|years?|days? (ago|later|earlier))\\b");
  private static final Pattern PLACE_PHRASE = Pattern.compile("\\b(in|at|near|from|to|on|outside|across|along|off)\\s+"
      + "(the\\s+)?(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)*)");
  static final String PLACE_NOUNS = "street|road|square|hall|station|island|district|park|harbou?r|port|"
      + "bridge|valley|river|village|town|city|centre|center|plant|site|coast|bay|quay|dock|pier|hotel|beach|school|"
      + "library|museum|stadium|church|market|hospital|airport|airfield|floor|room|building|warehouse|zone|field|"
      + "cliffs?|shore|terminal|depot|office|camp|gym|arena|theatre|theater|farm|forest|lake|mountain|hill";
  private static final Pattern PLACE_WORD = Pattern.compile("(?i)\\b(" + PLACE_NOUNS + ")s?\\b");
  /**
   * A named place: capitalised words ending in a place noun, "North Pier", "Marlow Community School";
   * the place noun ends the name, so "Brennick Harbour Operators" (a company) and "Northfield City
   * Council" (a body) are no places.
   */
  private static final Pattern NAMED_PLACE = Pattern.compile(
      "(?:(?!(?:The|A|An|Every|Each|This|That|These|Those|Its|Their|His|Her|Our|Some|Any|No|All|One)\\s)"
          + "\\p{Lu}[\\p{L}’'-]+\\s+)+(?i:" + PLACE_NOUNS + ")\\b(?!\\s+\\p{Lu})");
  /**
   * A place described in lower case: "on the fourth floor", "in the new east wing", "at the old mill"
   * (not "in the same town", which points back to a place named before).
   */
  private static final Pattern DESCRIBED_PLACE = Pattern.compile("\\b(in|at|on|near|beside|inside|outside|behind|"
      + "opposite)\\s+(?:the|a|an|its|their)\\s+(?!same\\b|other\\b|whole\\b)(?:[\\p{L}’'-]+\\s+){0,3}?(" + PLACE_NOUNS + "|wing)\\b");
  private static final Pattern CAUSE_WORDS = Pattern.compile("(?i)\\b(because|(?<!(is|are|was|were|be) )due to|owing to|caused by|as a result|"
      + "result of|led to|following|blamed|traced to|so that|"
      + "in order to|in an effort to|in a bid to|aims? to|so as to|was behind|were behind|reason|since the|amid|forced|forcing|triggered|prompted|linked to|explains?|"
      + "thanks to|depends? on|lack of|shortage of|helped to|helped|credited|attributed to|put down to|driven by|"
      + "boosted by|fuell?ed by|"
      + "worried|worry|fear|fears|feared|concern|concerns|concerned|risk|threat|harm)\\b");

  /**
   * "After" often gives the cause ("delayed after builders found asbestos", "after three days of
   * heavy rain") but as often only the time ("reopened after a 14-month renovation"): a weaker cue.
   */
  private static final Pattern AFTER_CAUSE = Pattern.compile("(?i)(?<!(?:minutes?|hours?|days?|weeks?|months?|years?"
      + "|shortly|soon|long|just|straight|right) )\\bafter (a|an|the|it|engineers|inspectors|tests|"
      + "builders|workers|two|three|four|five|several|days|weeks|months)\\b");

  /**
   * A finding reported ("Inspectors found cracks in two supports", "tests detected bacteria"): in a
   * story about a closure or a recall it is what led to it, though nothing says "because": a weaker cue.
   */
  private static final Pattern FINDING = Pattern.compile("(?i)\\b(found|discovered|detected|revealed|uncovered|spotted)\\b");

  /**
   * A date or figure the sentence marks as a plan given up ("planned for 6 March, has been
   * postponed", "had been scheduled for", "was originally"). Unless the question asks for the plan
   * ({@link #SUPERSEDED_ASKED}), such a sentence fits {@value #SUPERSEDED_SHARE} as well: the
   * question asks for the date or figure now. (Last year's figure is not marked: it is mostly given
   * beside this year's, "down from 2,610 pairs last year".)
   */
  private static final Pattern SUPERSEDED = Pattern.compile("(?i)\\b(planned for|had been (?:planned|scheduled|due|"
      + "expected|set)(?: to| for)|originally|was (?:due|scheduled|supposed) to|previous (?:date|plan))\\b");
  private static final Set<String> SUPERSEDED_ASKED = Set.of("original", "originally", "planned", "previous",
      "previously", "last", "first", "before", "earlier", "old", "scheduled", "supposed", "due");
  private static final double SUPERSEDED_SHARE = 0.5;

  /**
   * A causative "make" or "keep" with the state it brings about ("which makes them about 30% cheaper
   * to produce"): the cause of that state, though nothing says "because".
   */
  private static final Pattern CAUSATIVE = Pattern.compile("(?i)\\b(?:makes?|made|making|keeps?|kept|keeping)\\s+"
      + "(?:it|them|him|her|us|(?:the|these|those)\\s+[\\p{L}-]+)\\s+(?:[\\p{L}\\p{N}%.-]+\\s+){0,3}?"
      + "(?:more|less|too|\\p{L}{3,}er)\\b");

  /** A verb after a modal: the event a sentence says someone or something will bring about. */
  private static final Pattern MODAL_VERB = Pattern.compile("(?i)\\b(?:would|will|could|can|may|might)\\s+(\\p{L}{3,})\\b");

  /** The fit of a sentence whose only cue to a cause is what brings the asked event about. */
  private static final double AGENT_FIT = 0.4;

  /** A quotation by someone: often the reason given for a decision. */
  private static final Pattern QUOTED_REASON = Pattern.compile("[“\"][^”\"]{20,}[”\"]");

  /** "Who is Maren Holtby?": the question names the person and asks what they are, not who someone else is. */
  private static final Pattern WHO_IS_NAME = Pattern.compile(
      "^(?:(?:and|so|but|then|also|ok|okay)[,\\s]+)?(?i:who)\\s+(?i:is|was|are|were)\\s+"
          + "(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*\\s*\\??\\s*$");

  static AnswerType of(String question) {
    if (WHO_IS_NAME.matcher(question.strip()).matches()) {
      return ANY;
    }
    String q = asking(TopicCue.of(question).unlabelled().strip().toLowerCase(Locale.ROOT));
    if (SHARE_QUESTION.matcher(q).find()) {
      return SHARE;
    }
    if (QUANTITY_QUESTION.matcher(q).find()) {
      return QUANTITY;
    }
    if (TIME_QUESTION.matcher(q).find()) {
      return TIME;
    }
    if (NAME_QUESTION.matcher(q).find()) {
      return NAME;
    }
    if (PERSON_QUESTION.matcher(q).find()) {
      return PERSON;
    }
    // "in which village": WordNet files a village under social groups too, but it asks where
    if (PLACE_QUESTION.matcher(q).find()) {
      return PLACE;
    }
    if (asksForWhoByNoun(q)) {
      return PERSON;
    }
    if (PLACE_WORD.matcher(kindNoun(q)).matches()) {
      return PLACE;
    }
    if (CAUSE_QUESTION.matcher(q).find() || !causeVerb(q).isEmpty()) {
      return CAUSE;
    }
    return ANY;
  }

  /**
   * How well the sentence states a fact of this kind, from 0 to 1; {@code asked} holds the
   * question's own words in lower case, which never count as the fact, and {@code counted} what a
   * <i>how many</i> question counts ("residents" in "how many residents…"; empty if none): a number
   * of those fits best.
   */
  double fit(String sentence, Set<String> asked, String counted) {
    return fit(sentence, asked, counted, false);
  }

  /**
   * As {@link #fit(String, Set, String)}; {@code countedWritten}: whether the sentence's article
   * writes what a <i>how many</i> question counts, so that a number counting something else there
   * is no answer (see {@link QuantityFit#fit}).
   */
  double fit(String sentence, Set<String> asked, String counted, boolean countedWritten) {
    return fit(sentence, asked, counted, countedWritten, "", false);
  }

  /**
   * As {@link #fit(String, Set, String, boolean)}, with what a how-much question measures and whether
   * a how-many question counts part of a whole ({@link QuantityFit#fit(String, Set, String, boolean,
   * String, boolean)}).
   */
  double fit(String sentence, Set<String> asked, String counted, boolean countedWritten, String measured,
      boolean partitive) {
    double fit = this == QUANTITY ? QuantityFit.fit(sentence, asked, counted, countedWritten, measured, partitive)
        : typedFit(sentence, asked, counted, countedWritten);
    // "planned for 6 March, has been postponed": not the date asked now
    boolean superseded = (this == TIME || this == QUANTITY) && SUPERSEDED.matcher(sentence).find()
        && asked.stream().noneMatch(SUPERSEDED_ASKED::contains);
    return superseded ? fit * SUPERSEDED_SHARE : fit;
  }

  private double typedFit(String sentence, Set<String> asked, String counted, boolean countedWritten) {
    return switch (this) {
      case ANY -> 1;
      case PERSON -> PersonFit.fit(sentence, asked);
      case QUANTITY -> QuantityFit.fit(sentence, asked, counted, countedWritten);
      case SHARE -> PERCENT.matcher(sentence).find() ? 1 : QuantityFit.count(sentence, asked) * 0.5;
      // "what time did it lift off?" asks for the clock: a day alone says less
      case TIME -> !asked.contains("time") ? time(sentence) : CLOCK.matcher(sentence).find() ? 1
          : Math.min(time(sentence), DAY_FOR_CLOCK);
      case PLACE -> place(sentence, asked);
      case NAME -> named(sentence, asked) ? 1 : 0;
      // a cause is never certain from words alone, so it never earns the strong-fit lead
      case CAUSE -> CAUSE_WORDS.matcher(sentence).find() ? 0.8
          : AFTER_CAUSE.matcher(sentence).find() || finding(sentence, asked) ? 0.6
          : CAUSATIVE.matcher(sentence).find() ? 0.6
          : QUOTED_REASON.matcher(sentence).find() || bringsAbout(sentence, asked) ? AGENT_FIT : 0;
    };
  }

  /**
   * Whether the sentence reports a finding ({@link #FINDING}) of something the question does not
   * name: "Inspectors found cracks" gives a cause of the bridge's closure, but not of the cracks.
   */
  private static boolean finding(String sentence, Set<String> asked) {
    Matcher m = FINDING.matcher(sentence);
    while (m.find()) {
      String[] next = sentence.substring(m.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 7);
      boolean ofAsked = false;
      for (int i = 1; i < Math.min(next.length, 6); i++) {
        String word = next[i];
        ofAsked |= word.length() > 2 && !ExtractiveComposer.STOP.contains(word)
            && (asked.contains(word) || asked.contains(word.replaceAll("e?s$", "")) || asked.contains(word + "s"));
      }
      if (!ofAsked) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence says what will bring about the event the question asks the cause of: "a
   * high-pressure system … would trap hot air" for "What's causing the heat to get trapped?". The
   * verb after a modal is one of the question's words in another form ("trap", "trapped").
   */
  private static boolean bringsAbout(String sentence, Set<String> asked) {
    Matcher m = MODAL_VERB.matcher(sentence);
    while (m.find()) {
      String verb = m.group(1).toLowerCase(Locale.ROOT);
      if (ExtractiveComposer.STOP.contains(verb) || verb.length() < 4) {
        continue;
      }
      for (String word : asked) {
        if (word.startsWith(verb.replaceAll("e$", "")) && word.length() - verb.length() <= 3) {
          return true;
        }
      }
    }
    return false;
  }

  /** The fit of a sentence that gives a day but no clock time to a question asking what time. */
  private static final double DAY_FOR_CLOCK = 0.6;

  /**
   * Whether the sentence names something with a capitalised word after its start that is neither
   * the question's own, a title nor a day or month: "using the Petrel, a 46-metre vessel".
   */
  private static boolean named(String sentence, Set<String> asked) {
    Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      String word = m.group();
      if (!allAsked(word, asked) && !CALENDAR_WORD.matcher(word).matches() && !word.equals("I")) {
        return true;
      }
    }
    return false;
  }

  private static double time(String sentence) {
    if (DATE.matcher(sentence).find()) {
      return CLOCK.matcher(sentence).find() ? 1 : 0.95;
    }
    if (CLOCK.matcher(sentence).find()) {
      return 0.8;
    }
    if (MONTH_OR_YEAR.matcher(sentence).find()) {
      return 0.7;
    }
    return RELATIVE_TIME.matcher(sentence).find() ? 0.4 : 0;
  }

  private static double place(String sentence, Set<String> asked) {
    Matcher named = NAMED_PLACE.matcher(sentence);
    while (named.find()) {
      // "the Brennick Maritime Museum" does not say where the museum's whale washed up: it is what was asked about
      String[] words = named.group().toLowerCase(Locale.ROOT).split("\\s+");
      if (!allAsked(named.group(), asked) && !asked.contains(words[words.length - 1])
          && !isRecordScope(sentence, named.start())) {
        return 1;
      }
    }
    Matcher described = DESCRIBED_PLACE.matcher(sentence);
    while (described.find()) {
      if (!asked.contains(described.group(2).toLowerCase(Locale.ROOT)) && !isRecordScope(sentence, described.start())) {
        return 0.9;
      }
    }
    Matcher m = PLACE_PHRASE.matcher(sentence);
    while (m.find()) {
      if (!allAsked(m.group(3), asked) && !isRecordScope(sentence, m.start()) && !RELATIVE_TIME.matcher(m.group(3)).find()
          && !MONTH_NAME.matcher(m.group(3)).find()) {
        return 0.9;
      }
    }
    Matcher word = PLACE_WORD.matcher(sentence);
    while (word.find()) {
      if (!asked.contains(word.group().toLowerCase(Locale.ROOT))) {
        return 0.6;
      }
    }
    return 0;
  }

  /** How many words before a place phrase {@link #isRecordScope} looks at for a superlative. */
  private static final int RECORD_SCOPE_WORDS = 7;

  /**
   * Whether the place phrase starting at {@code start} (a UTF-16 index into the sentence) is the scope
   * of a record rather than where something happened: "the highest ever measured in the Meridian
   * region", "the busiest port on the coast", "the most visited museum in the country". True when a
   * superlative ({@link WordSenses#isSuperlative}, or "most"/"least" before a word that is no thing)
   * comes before it in the same clause, among the seven words before it, with no auxiliary verb between
   * ("the nearest shelter is at Marlow School" does say where the shelter is).
   */
  static boolean isRecordScope(String sentence, int start) {
    String before = sentence.substring(0, start);
    int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(before.lastIndexOf(':'), Math.max(before.lastIndexOf('—'), before.lastIndexOf('('))));
    String[] words = before.substring(clause + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}’'-]+");
    WordSenses senses = WordSenses.shared();
    for (int i = words.length - 1, seen = 0; i >= 0 && seen < RECORD_SCOPE_WORDS; i--) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      seen++;
      if (AUXILIARIES.contains(word)) {
        return false;
      }
      boolean graded = (word.equals("most") || word.equals("least")) && i + 1 < words.length
          && !senses.isThing(words[i + 1]);
      if (graded || senses.isSuperlative(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Where is the Tarnby library (located)?", "Where in Tarnby is the library building?": the thing
   * whose place is asked (group 1), before an optional "located", "situated", "based" or "found".
   */
  private static final Pattern WHERE_IS = Pattern.compile("(?i)^where(?:\\s+in\\s+[^?]+?)?\\s+(?:is|are|was|were)"
      + "\\s+(?:the\\s+|a\\s+|an\\s+)?([^?]+?)(?:\\s+(?:now\\s+)?(?:located|situated|based|found))?\\s*\\??$");

  /**
   * The nouns of the thing a "where is X" question asks the place of, in lower case ("tarnby",
   * "library" for "Where is the Tarnby library located?"); empty for any other question, and for
   * one whose X holds an action ("Where was the final played?": where the final was, not a thing).
   */
  static Set<String> locatedThing(String question) {
    Matcher m = WHERE_IS.matcher(asking(question.strip().toLowerCase(Locale.ROOT)));
    if (!m.matches()) {
      return Set.of();
    }
    Set<String> words = new java.util.LinkedHashSet<>();
    WordSenses senses = WordSenses.shared();
    for (String word : m.group(1).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty() || word.equals("the")) {
        continue;
      }
      if (senses.isAction(word)) {
        return Set.of();
      }
      words.add(word);
    }
    return words;
  }

  /**
   * The sentence without the places that are a part of the thing a "where is X" question asks about
   * ({@code located}: its nouns, see {@link #locatedThing}): "in the back room of the Tarnby
   * library" says where a tournament was played, not where the library is. Returns the sentence
   * unchanged when it names no such part.
   */
  static String withoutPartsOf(String sentence, Set<String> located) {
    if (located.isEmpty()) {
      return sentence;
    }
    Matcher m = PART_OF.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String[] whole = m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
      boolean partOfAsked = whole.length > 0 && located.contains(whole[whole.length - 1]);
      m.appendReplacement(out, Matcher.quoteReplacement(partOfAsked ? "" : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A place inside another: "in the back room of the Tarnby library" (group 1: "Tarnby library"). */
  private static final Pattern PART_OF = Pattern.compile("(?i)\\b(?:in|at|on|inside|outside|behind|beside|near)\\s+"
      + "(?:the|a|an|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+\\s+of\\s+(?:the\\s+)?"
      + "((?:[\\p{L}\\p{N}’'-]+\\s+){0,3}?[\\p{L}\\p{N}’'-]+)(?=\\s*(?:[,.;:)]|$|\\s(?:on|in|at|for|and|with|from|which|where|when)\\b))");

  /** Prepositions and articles, which end a noun phrase ("which pier in Brennick"). */
  private static final Set<String> LEAD_WORDS = Set.of("in", "on", "at", "of", "for", "to", "from", "by", "with",
      "the", "a", "an", "about", "after", "before", "near", "into", "over", "under", "per", "still");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
      "did", "does", "do", "has", "have", "had", "should", "may", "might", "must", "shall", "been", "got", "get", "went");
  /** "Which researcher …", "what company …", "name the manufacturer of …": group 1 holds the noun of what is asked for. */
  private static final Pattern WHICH_NOUN = Pattern.compile("^(?:which|what|name\\s+the|(?:tell\\s+me\\s+|give\\s+(?:me\\s+)?)"
      + "the\\s+name\\s+of\\s+the)((?:\\s+\\p{L}+){1,4})\\b");

  /**
   * The noun after an opening "which" or "what" that names the kind of answer ("company" in "Which
   * company recalled milk?", "rocket" in "Which rocket carried it?"), in lower case; empty when none.
   */
  static String kindNoun(String question) {
    return whichNoun(asking(question.strip().toLowerCase(Locale.ROOT)));
  }

  /** A question word that opens the clause that asks. */
  private static final Pattern ASKS = Pattern.compile("^(?:what|which|who|whom|whose|when|where|why|how)\\b");
  /**
   * A clause after a statement that asks: "Kestrel-2's faulty valve is being sent back to its maker
   * - which company made it?", "the new ferry, when does it start?".
   */
  private static final Pattern ASKING_CLAUSE =
      Pattern.compile("(?:\\s[-–—]+|[:;,.])\\s+((?:what|which|who|whom|whose|when|where|why|how)\\b.*)$");

  /**
   * The clause of a lower-case question that asks, without its opening "and", "so", "roughly"…:
   * the question itself when it opens with a question word or has no later clause that does.
   */
  static String asking(String lower) {
    String q = LEAD.matcher(lower).replaceFirst("");
    if (ASKS.matcher(q).find()) {
      return q;
    }
    Matcher clause = ASKING_CLAUSE.matcher(q);
    return clause.find() ? clause.group(1) : q;
  }

  /**
   * The verb that asks for a cause after an opening "what" ("triggered" in "What triggered the
   * hosepipe ban?", "held up"), which, like "why", names the kind of fact asked and not its subject;
   * empty when the question opens otherwise.
   */
  static String causeVerb(String question) {
    Matcher m = CAUSE_VERB.matcher(question.strip());
    return m.find() ? m.group(1) : "";
  }

  /** The thing named right after "which"/"what" in a question in lower case without its lead; empty when none. */
  private static String whichNoun(String q) {
    Matcher m = WHICH_NOUN.matcher(q);
    if (!m.find()) {
      return "";
    }
    // "what political party", "which two major supermarkets": numbers and adjectives before the head are passed over
    WordSenses senses = WordSenses.shared();
    String[] words = m.group(1).strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (AUXILIARIES.contains(words[i])) {
        return "";
      }
      if (!NUMBER.matcher(words[i]).matches() && !senses.isMostlyAdjective(words[i])) {
        if (!senses.isThing(words[i])) {
          // "which launch site": a word mostly used as a verb may still name the kind of the noun after it
          if (senses.isNoun(words[i]) && i + 1 < words.length && !AUXILIARIES.contains(words[i + 1])
              && !LEAD_WORDS.contains(words[i + 1]) && senses.isThing(words[i + 1])) {
            continue;
          }
          return "";
        }
        return words[nounHead(words, i)];
      }
    }
    return "";
  }

  /**
   * The head of the noun phrase that starts at {@code words[start]} (lower case): "which social
   * media platform", "how many dock workers" — a singular noun before another names a kind of it,
   * so the last noun before a verb, a preposition or an article is the head; a conjunction ends it
   * ("which party or group": the party, "or" being no operating room). Returns its index.
   */
  static int nounHead(String[] words, int start) {
    WordSenses senses = WordSenses.shared();
    int head = start;
    while (head + 1 < words.length && !words[head].endsWith("s") && !AUXILIARIES.contains(words[head + 1])
        && !LEAD_WORDS.contains(words[head + 1]) && !CONJUNCTIONS.contains(words[head + 1])
        && senses.isThing(words[head + 1])) {
      head++;
    }
    return head;
  }

  /** Whether the question asks which person or body through a noun WordNet files under one ("researcher", "firm"). */
  private static boolean asksForWhoByNoun(String q) {
    String noun = whichNoun(q);
    return !noun.isEmpty() && WordSenses.shared().isPersonOrBodyNoun(noun);
  }

  /** Whether every word of the phrase is one of the question's words. */
  static boolean allAsked(String phrase, Set<String> asked) {
    for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !asked.contains(word) && !TITLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> CONJUNCTIONS = Set.of("or", "and", "nor");
  private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "gov", "sen", "rep", "capt", "gen",
      "the", "of", "de", "van");
}
