package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.TopicCue;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, read from how it starts (after a leading "and", "so",
 * "but"), and how well a sentence states one: a person or organisation for <i>who</i>, a number
 * for <i>how many/much</i>, a share for <i>what percentage</i>, a date or time for <i>when</i>, a
 * place for <i>where</i>, a cause for <i>why</i>. The sentence that states the fact is put first.
 *
 * <p>{@link #fit(String, Set, String)} grades a sentence from 0 (no fact of the kind) to 1 (a clear one);
 * words of the question itself never count as the fact ("Who won the Coastal Cup?" is not
 * answered by the name "Coastal Cup").
 */
enum AnswerType {
  PERSON, QUANTITY, SHARE, TIME, PLACE, CAUSE, ANY;

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
          + "|by how much)\\b");
  private static final Pattern TIME_QUESTION =
      Pattern.compile("^(when|since when|until when|what (date|day|time|year|month)|which (date|day|year|month)"
          + "|from (what|which) (date|day|time|year|month)|by (what|which) (date|day|time|year|month)"
          + "|how soon|at what time|on what (date|day)"
          + "|what(?:'s|’s| is| was| will be) the (?:[\\p{L}-]+ ){0,2}(?:date|day|time|year))\\b");
  private static final Pattern PERSON_QUESTION = Pattern.compile("^(who|whom|whose|which (company|firm|team|"
      + "person|official|group|club|player|runner|candidate|contractor|organi[sz]ation))\\b");
  private static final Pattern PLACE_QUESTION = Pattern.compile("^(where|from where|in what (place|town|city)|"
      + "which (town|city|village|country|region|district|island|site|venue|street|station))\\b");
  /** Verbs after "what" that ask for a cause: "What triggered the ban?", "What held up the renovation?". */
  private static final String CAUSE_VERBS = "caused|causes|causing|led to|leads to|triggered|prompted|sparked|held up|"
      + "holds up|delayed|forced|drove|brought about";
  private static final Pattern CAUSE_VERB = Pattern.compile("(?i)^(?:and |so )?what(?:'s|’s| is| was)? (" + CAUSE_VERBS + ")\\b");
  /** Questions that ask for a cause in other words than a verb after "what" ({@link #causeVerb}). */
  private static final Pattern CAUSE_QUESTION = Pattern.compile("^(why|how come|for what reason|what(?:'s|’s| is| was)? "
      + "(?:behind|was behind|is behind|(?:was |is )?the (?:cause|reason)))\\b");

  private static final Pattern NUMBER = Pattern.compile(
      "\\d[\\d,.]*|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
          + "forty|fifty|hundred|hundreds|thousand|thousands|million|billion|dozen|dozens|half|third|quarter)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("^(1[89]|20)\\d\\d$");
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%|\\bper ?cent\\b|\\bpercent\\b", Pattern.CASE_INSENSITIVE);
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
      + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  private static final Pattern DATE = Pattern.compile("(?i)\\b(\\d{1,2}(st|nd|rd|th)?\\s+(" + MONTHS + ")\\b|("
      + MONTHS + ")\\.?\\s+\\d{1,2}(st|nd|rd|th)?\\b|\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(a\\.?m|p\\.?m)\\b|\\bnoon\\b|\\bmidnight\\b");
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)^(" + MONTHS + ")\\b");
  private static final Pattern MONTH_OR_YEAR = Pattern.compile("(?i)\\b(in|since|until|by|from|during|early|late|mid)"
      + "[-\\s]+((" + MONTHS + ")|(1[89]|20)\\d\\d|spring|summer|autumn|winter)\\b|\\b(" + MONTHS + ")\\s+(1[89]|20)\\d\\d\\b");
  private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|"
      + "saturday|sunday|today|yesterday|tomorrow|tonight|this (week|month|year|morning|evening)|last (week|month|year|"
      + "night)|next (week|month|year)|weeks?|months?|years?|days? (ago|later|earlier))\\b");
  private static final Pattern PLACE_PHRASE = Pattern.compile("\\b(in|at|near|from|to|on|outside|across|along|off)\\s+"
      + "(the\\s+)?(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)*)");
  static final String PLACE_NOUNS = "street|road|square|hall|station|island|district|park|harbou?r|port|"
      + "bridge|valley|river|village|town|city|centre|center|plant|site|coast|bay|quay|dock|pier|hotel|beach|school|"
      + "library|museum|stadium|church|market|hospital|airport|airfield|floor|room|building|warehouse|zone|field|"
      + "cliffs?|shore|terminal|depot|office|camp|gym|arena|theatre|theater|farm|forest|lake|mountain|hill";
  private static final Pattern PLACE_WORD = Pattern.compile("(?i)\\b(" + PLACE_NOUNS + ")s?\\b");
  /** A named place: capitalised words ending in a place noun, "North Pier", "Marlow Community School". */
  private static final Pattern NAMED_PLACE = Pattern.compile(
      "(?:(?!(?:The|A|An|Every|Each|This|That|These|Those|Its|Their|His|Her|Our|Some|Any|No|All|One)\\s)"
          + "\\p{Lu}[\\p{L}’'-]+\\s+)+(?i:" + PLACE_NOUNS + ")\\b");
  /**
   * A place described in lower case: "on the fourth floor", "in the new east wing", "at the old mill"
   * (not "in the same town", which points back to a place named before).
   */
  private static final Pattern DESCRIBED_PLACE = Pattern.compile("\\b(in|at|on|near|beside|inside|outside|behind|"
      + "opposite)\\s+(?:the|a|an|its|their)\\s+(?!same\\b|other\\b|whole\\b)(?:[\\p{L}’'-]+\\s+){0,3}?(" + PLACE_NOUNS + "|wing)\\b");
  private static final Pattern CAUSE_WORDS = Pattern.compile("(?i)\\b(because|(?<!(is|are|was|were|be) )due to|owing to|caused by|as a result|"
      + "result of|led to|following|blamed|traced to|so that|"
      + "in order to|in an effort to|in a bid to|aims? to|so as to|was behind|were behind|reason|since the|amid|forced|triggered|prompted|linked to|explains?|"
      + "thanks to|depends? on|lack of|shortage of|helped to|helped|credited|attributed to|put down to|driven by|"
      + "boosted by|fuell?ed by|"
      + "worried|worry|fear|fears|feared|concern|concerns|concerned|risk|threat|harm)\\b");

  /**
   * "After" often gives the cause ("delayed after builders found asbestos", "after three days of
   * heavy rain") but as often only the time ("reopened after a 14-month renovation"): a weaker cue.
   */
  private static final Pattern AFTER_CAUSE = Pattern.compile("(?i)\\bafter (a|an|the|it|engineers|inspectors|tests|"
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
    if (PERSON_QUESTION.matcher(q).find() || asksForWhoByNoun(q)) {
      return PERSON;
    }
    if (PLACE_QUESTION.matcher(q).find() || PLACE_WORD.matcher(kindNoun(q)).matches()) {
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
    double fit = typedFit(sentence, asked, counted);
    // "planned for 6 March, has been postponed": not the date asked now
    boolean superseded = (this == TIME || this == QUANTITY) && SUPERSEDED.matcher(sentence).find()
        && asked.stream().noneMatch(SUPERSEDED_ASKED::contains);
    return superseded ? fit * SUPERSEDED_SHARE : fit;
  }

  private double typedFit(String sentence, Set<String> asked, String counted) {
    return switch (this) {
      case ANY -> 1;
      case PERSON -> PersonFit.fit(sentence, asked);
      case QUANTITY -> quantity(sentence, asked, unit(asked, counted), counted);
      case SHARE -> PERCENT.matcher(sentence).find() ? 1 : quantity(sentence, asked, Unit.COUNT, "") * 0.5;
      case TIME -> time(sentence);
      case PLACE -> place(sentence, asked);
      // a cause is never certain from words alone, so it never earns the strong-fit lead
      case CAUSE -> CAUSE_WORDS.matcher(sentence).find() ? 0.8
          : AFTER_CAUSE.matcher(sentence).find() || finding(sentence, asked) ? 0.6
          : QUOTED_REASON.matcher(sentence).find() ? 0.4 : 0;
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

  /** What a quantity question measures, read from its words. */
  enum Unit { MONEY, AGE, LENGTH_OR_DURATION, TEMPERATURE, WEIGHT, COUNT }

  /** Words of "how hot / cold / warm", asking for a temperature, which is written in degrees. */
  private static final Set<String> TEMPERATURE_WORDS = Set.of("hot", "cold", "warm");
  /** The fit of a number that is not in the unit a temperature or weight question asks for. */
  private static final double OTHER_MEASURE = 0.5;
  /** Words asking for a weight, which is written in tonnes or kilograms: "how heavy", "what does it weigh". */
  private static final Set<String> WEIGHT_WORDS = Set.of("heavy", "weigh", "weighs", "weight");
  private static final Pattern DEGREES = Pattern.compile("(?i)\\d[\\d,.]*\\s*(?:degrees?|°)");
  private static final Pattern MASS = Pattern.compile(
      "(?i)\\d[\\d,.]*\\s*(?:(?:thousand|million)\\s+)?(?:tonnes?|tons?|kilos?|kilograms?|kg|grams?|g)\\b");

  /** Words asking how much money changes, which a share answers: "a pay rise", "cut flour costs by". */
  private static final Set<String> CHANGE_WORDS = Set.of("rise", "raise", "increase", "cut", "cuts", "reduce",
      "lower", "drop", "fall", "save", "saving", "savings", "grow", "shrink", "by");

  /** The fit of a number without a currency to a question about money: below the least a typed answer needs. */
  private static final double NO_CURRENCY_SHARE = 0.35;

  private static final Set<String> MONEY_WORDS = Set.of("cost", "costs", "price", "pay", "paid", "spend", "spent",
      "fine", "fined", "worth", "raise", "raised", "funding", "fund", "budget", "money", "cash", "charge", "fee",
      "fees", "donate", "donated", "give", "gave", "grant", "invest", "invested", "bid", "penalty", "damage", "earn",
      "earns", "earned", "salary", "wage", "wages", "income", "loan", "lend", "lending", "lent", "borrow", "borrowed",
      "compensation", "bill");
  /** Currencies written as words. */
  private static final String CURRENCIES = "crowns?|kronor|kroner|krona|euros?|dollars?|pounds?|"
      + "francs?|cents?|pence|penny|yen|yuan|rupees?|pesos?|rand|usd|eur|gbp";
  /** Currency symbols. */
  private static final String SYMBOLS = "€$£¥₹";
  private static final Pattern MONEY = Pattern.compile("(?i)\\b(" + CURRENCIES + ")\\b|[" + SYMBOLS + "]");
  private static final Pattern AGE = Pattern.compile("(?i)\\d+-year-old|\\b(\\w+)-year-old\\b|\\baged?\\s+\\d+|\\b\\d+\\s+years\\s+old");
  private static final Pattern DURATION = Pattern.compile("(?i)\\b(\\d[\\d,.]*|one|two|three|four|five|six|seven|"
      + "eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty)[\\s-]+(seconds?|minutes?|hours?|days?|weeks?|"
      + "months?|years?)\\b|\\b\\d+:\\d{2}");

  private static final Pattern LENGTH = Pattern.compile(
      "(?i)\\d[\\d,.]*[\\s-]*(metres?|meters?|kilometres?|kilometers?|km|m|miles?|feet|foot|ft|centimetres?|cm)\\b");

  /**
   * What the question measures: "how many households have been fined" counts households, though it
   * speaks of fines; "how many crowns" counts money.
   */
  static Unit unit(Set<String> asked, String counted) {
    if (!counted.isEmpty() && !MONEY.matcher(counted).find()) {
      return asked.contains("long") ? Unit.LENGTH_OR_DURATION : Unit.COUNT;
    }
    if (asked.contains("old") || asked.contains("age")) {
      return Unit.AGE;
    }
    if (asked.contains("long") || asked.contains("soon")) {
      return Unit.LENGTH_OR_DURATION;
    }
    // "how hot did it get?" asks for degrees; "by how much did the harvest shrink in the hot spell?" does not
    if (asked.contains("temperature") || asked.contains("how") && !asked.contains("much") && !asked.contains("many")
        && asked.stream().anyMatch(TEMPERATURE_WORDS::contains)) {
      return Unit.TEMPERATURE;
    }
    if (asked.stream().anyMatch(WEIGHT_WORDS::contains)) {
      return Unit.WEIGHT;
    }
    return asked.stream().anyMatch(MONEY_WORDS::contains) ? Unit.MONEY : Unit.COUNT;
  }

  private static final Pattern COUNTED = Pattern.compile("(?i)\\bhow many ([\\p{L}-]+)");

  private static final Pattern COUNTED_OF = Pattern.compile("(?i)\\bhow many [\\p{L}-]+ of (?:the )?([\\p{L}-]+)");

  /**
   * What a <i>how many</i> question counts in units of something else ("gannets" in "How many pairs
   * of gannets…", "cars" in "How many tonnes of cars"), in lower case; empty when there is none.
   */
  static String countedOf(String question) {
    Matcher m = COUNTED_OF.matcher(question);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** The noun a <i>how many</i> question counts, in lower case; empty when there is none. */
  static String counted(String question) {
    Matcher m = COUNTED.matcher(question);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static double quantity(String sentence, Set<String> asked, Unit unit, String counted) {
    switch (unit) {
      case MONEY:
        // a pay rise, or a cut in costs, is given in money or as a share
        if (MONEY.matcher(sentence).find() && NUMBER.matcher(sentence).find()
            || asked.stream().anyMatch(CHANGE_WORDS::contains) && PERCENT.matcher(sentence).find()) {
          return 1;
        }
        break;
      case AGE:
        return AGE.matcher(sentence).find() ? 1 : 0.2;
      case LENGTH_OR_DURATION:
        return DURATION.matcher(sentence).find() || LENGTH.matcher(sentence).find() ? 1 : 0.3;
      case TEMPERATURE:
        return DEGREES.matcher(sentence).find() ? 1 : NUMBER.matcher(sentence).find() ? OTHER_MEASURE : 0;
      case WEIGHT:
        return MASS.matcher(sentence).find() ? 1 : NUMBER.matcher(sentence).find() ? OTHER_MEASURE : 0;
      default:
        break;
    }
    Matcher m = NUMBER.matcher(sentence);
    double best = 0;
    while (m.find()) {
      String number = m.group().replaceAll("[.,]$", "");
      if (asked.contains(number.toLowerCase(Locale.ROOT))) {
        continue;
      }
      double score = YEAR.matcher(number).matches() ? 0.3 : counted.isEmpty() ? 1 : 0.7;
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 25)).toLowerCase(Locale.ROOT);
      if (counted.length() > 3 && after.contains(counted.substring(0, Math.min(counted.length(), Math.max(4, counted.length() - 2))))) {
        score = 1;
      }
      if (after.matches("^[\\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b.*")) {
        score = 0.5;
      }
      if (unit == Unit.COUNT && !counted.isEmpty()) {
        String rest = sentence.substring(m.end());
        // "how many households": "5,000 crowns" is a sum and "412 million litres" a volume, not a count of them
        if (money(sentence, m.start(), m.end())
            || MEASURE_AFTER.matcher(rest).lookingAt() && !MEASURE_AFTER.matcher(" " + counted).lookingAt()) {
          score = Math.min(score, SUM_FOR_COUNT);
        }
        // "how many votes": "18,412 votes" counts them; "52.7% of the vote" is a share of them
        if (SHARE_AFTER.matcher(rest).lookingAt()) {
          score = Math.min(score, SHARE_FOR_COUNT);
        }
      }
      // a sum of money is written with its currency: "Gate 2", "a 46-metre vessel" say no price
      best = Math.max(best, unit == Unit.MONEY ? score * NO_CURRENCY_SHARE : score);
    }
    return best;
  }

  /** Whether the number at [start, end) of the sentence is a sum: a currency right after it or a symbol before. */
  private static boolean money(String sentence, int start, int end) {
    return CURRENCY_AFTER.matcher(sentence.substring(end)).lookingAt()
        || start > 0 && SYMBOLS.indexOf(sentence.charAt(start - 1)) >= 0;
  }

  /** A currency written after a number, its scale word ("million") allowed between: "5,000 crowns", "1.8 million euros". */
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile("(?i)\\s*(?:(?:thousand|million|billion|bn|m)\\s+)?(?:" + CURRENCIES + ")\\b");

  /**
   * A unit of measure written after a number, its scale word allowed between: "412 million litres",
   * "3.2 tonnes", "960 megawatts". (A share, "55%", may answer a count: "87.4% backed the strike".)
   */
  private static final Pattern MEASURE_AFTER = Pattern.compile("(?i)\\s*(?:(?:thousand|million|billion|bn)\\s+)?"
      + "(?:litres?|liters?|tonnes?|tons?|kilos?|kilograms?|kg|grams?|degrees?|°|metres?|meters?|kilometres?"
      + "|kilometers?|km|miles?|hectares?|acres?|megawatts?|gigawatts?|mw|gw|kwh|mwh)\\b");

  /** A share written right after a number: "55%", "12 per cent". */
  private static final Pattern SHARE_AFTER = Pattern.compile("(?i)\\s?(?:%|per ?cent\\b|percent\\b)");

  /** The fit of a share to a question that counts: it may answer ("87.4% backed the strike"), a count answers better. */
  private static final double SHARE_FOR_COUNT = 0.7;

  /** The fit of a sum of money or a measure to a question that counts something else. */
  private static final double SUM_FOR_COUNT = 0.3;

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
      if (!allAsked(named.group(), asked) && !asked.contains(words[words.length - 1])) {
        return 1;
      }
    }
    Matcher described = DESCRIBED_PLACE.matcher(sentence);
    while (described.find()) {
      if (!asked.contains(described.group(2).toLowerCase(Locale.ROOT))) {
        return 0.9;
      }
    }
    Matcher m = PLACE_PHRASE.matcher(sentence);
    while (m.find()) {
      if (!allAsked(m.group(3), asked) && !RELATIVE_TIME.matcher(m.group(3)).find()
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

  /** "Which researcher …", "what company …": a question word, then the noun of what is asked for. */
  /** Prepositions and articles, which end a noun phrase ("which pier in Brennick"). */
  private static final Set<String> LEAD_WORDS = Set.of("in", "on", "at", "of", "for", "to", "from", "by", "with",
      "the", "a", "an", "about", "after", "before", "near", "into", "over", "under");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
      "did", "does", "do", "has", "have", "had", "should", "may", "might", "must", "shall");
  private static final Pattern WHICH_NOUN = Pattern.compile("^(?:which|what)((?:\\s+\\p{L}+){1,4})\\b");

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
          return "";
        }
        // "which social media platform": a singular noun before another names a kind of it; the last is the head
        int head = i;
        while (head + 1 < words.length && !words[head].endsWith("s") && !AUXILIARIES.contains(words[head + 1])
            && !LEAD_WORDS.contains(words[head + 1]) && senses.isThing(words[head + 1])) {
          head++;
        }
        return words[head];
      }
    }
    return "";
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

  private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "gov", "sen", "rep", "capt", "gen",
      "the", "of", "de", "van");
}
