package dev.newsdesk.bot.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a sentence states the quantity a <i>how many / how much</i> question asks for, from 0 to
 * 1: what the question measures ({@link Unit}: money, an age, a length or duration, a temperature,
 * a weight, or a count of what it counts) read from its words, and the numbers of the sentence in
 * that unit ("how many households" is not answered by "5,000 crowns"; "how hot" by "38.6 degrees").
 * Stateless.
 */
final class QuantityFit {

  private QuantityFit() {}

  /**
   * The fit of the sentence to a quantity question, 0 to 1; {@code asked} holds the question's words
   * in lower case (never the fact), {@code counted} what a <i>how many</i> question counts (empty if none),
   * {@code countedWritten} whether the sentence's article writes it: then a number that counts
   * something else fits {@value #OTHER_COUNT} ("How many passengers a day…" is not answered by "room
   * for 24 cars" from an article that speaks of passengers); an article in other words ("turbines"
   * for "windmills") is not judged so.
   */
  static double fit(String sentence, Set<String> asked, String counted, boolean countedWritten) {
    return fit(sentence, asked, counted, countedWritten, "", false);
  }

  /**
   * As {@link #fit(String, Set, String, boolean)}, for a question that also names what a <i>how
   * much</i> question measures ({@code measured}, see {@link #measured}; empty if none): a number
   * whose phrase holds it fits fully and another at most {@value #MEASURED_ELSEWHERE} ("31 millimetres
   * of rain" for "how much rain fell", not "24 degrees"); and for a question that counts part of a
   * whole ({@code partitive}, see {@link #partitive}): a number of part of it ("71,500 of the 86,000")
   * fits fully and the number of the whole ("86,000 cartons") at most {@value #SUPERSEDED_COUNT}.
   */
  static double fit(String sentence, Set<String> asked, String counted, boolean countedWritten, String measured,
      boolean partitive) {
    Unit unit = unit(asked, counted);
    double fit = quantity(sentence, asked, unit, counted, countedWritten);
    if (unit != Unit.COUNT || measured.isEmpty() && !partitive) {
      return fit;
    }
    return Math.min(fit, partOrMeasure(sentence, asked, counted, measured, partitive));
  }

  /** The best fit of the sentence's numbers by what they measure or whether they count a part. */
  private static double partOrMeasure(String sentence, Set<String> asked, String counted, String measured,
      boolean partitive) {
    double best = 0;
    for (NumberAt m : newNumbers(sentence, asked)) {
      String phrase = sentence.substring(m.numberEnd()).split("[,;:()“”\"]|\\.\\s", 2)[0].toLowerCase(Locale.ROOT);
      double score = 1;
      if (!measured.isEmpty()) {
        score = near(phrase, sentence.substring(0, m.start()), measured) ? 1 : MEASURED_ELSEWHERE;
      }
      if (partitive) {
        score = Math.min(score, PART_OF.matcher(phrase).lookingAt() ? 1
            : !counted.isEmpty() && near(phrase, "", counted) ? SUPERSEDED_COUNT : 1);
      }
      best = Math.max(best, score);
    }
    return best;
  }

  /**
   * Whether the noun stands in the number's phrase, within {@value #COUNT_WINDOW_AFTER} words after
   * it past "of" ({@code after}), or within {@value #MEASURED_WINDOW_BEFORE} words before it ("water
   * use in the region reached 412 million litres").
   */
  private static boolean near(String after, String before, String noun) {
    String stem = noun.substring(0, Math.min(noun.length(), Math.max(4, noun.length() - 2)));
    return wordsAround(after, before, COUNT_WINDOW_AFTER + 1, MEASURED_WINDOW_BEFORE).stream()
        .anyMatch(word -> word.startsWith(stem));
  }

  /**
   * The first {@code afterCount} words of {@code after} and the last {@code beforeCount} of {@code
   * before}, in lower case: the words around a number.
   */
  private static java.util.List<String> wordsAround(String after, String before, int afterCount, int beforeCount) {
    java.util.List<String> out = new java.util.ArrayList<>();
    Matcher next = WORD.matcher(after);
    for (int i = 0; i < afterCount && next.find(); i++) {
      out.add(next.group().toLowerCase(Locale.ROOT));
    }
    java.util.List<String> prior = new java.util.ArrayList<>();
    Matcher words = WORD.matcher(before);
    while (words.find()) {
      prior.add(words.group().toLowerCase(Locale.ROOT));
    }
    out.addAll(prior.subList(Math.max(0, prior.size() - beforeCount), prior.size()));
    return out;
  }

  /** How many words before a number are looked at for what it measures. */
  private static final int MEASURED_WINDOW_BEFORE = 6;
  /** The fit of a number whose phrase does not hold what a how-much question measures. */
  private static final double MEASURED_ELSEWHERE = 0.7;
  /** A part of a whole written after a number: "71,500 of the 86,000", "two of its five supports". */
  private static final Pattern PART_OF = Pattern.compile("\\s+of\\s+(?:the|its|their|these|those|them|all)\\b");

  private static final Pattern HOW_MUCH_NOUN = Pattern.compile("(?i)\\bhow much\\s+([\\p{L}-]+)\\b");
  /** Words after "how much" that name no measured thing: money is the currency's, time the clock's. */
  private static final Set<String> NOT_MEASURED = Set.of("money", "cash", "time", "longer", "more", "less", "further",
      "farther", "bigger", "higher", "of", "did", "does", "do", "is", "was", "were", "are", "will", "has", "have", "had",
      "can", "could", "would", "should");

  /**
   * What a <i>how much</i> question measures, in lower case ("rain" in "How much rain fell?",
   * "water" in "how much water did the region use?"); empty when it asks no thing (how much money,
   * time, how much did it cost) or asks a sum of money.
   */
  static String measured(String question) {
    Matcher m = HOW_MUCH_NOUN.matcher(question);
    if (!m.find()) {
      return "";
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    WordSenses senses = WordSenses.shared();
    return NOT_MEASURED.contains(word) || MONEY_WORDS.contains(word) || !senses.isThing(word)
        || senses.isMostlyAdjective(word) ? "" : word;
  }

  private static final Pattern PARTITIVE = Pattern.compile("(?i)\\bhow many of\\s+(?:the|its|their|these|those|them)\\b");

  /** Whether a how-many question counts part of a whole: "How many of the recalled cartons…". */
  static boolean partitive(String question) {
    return PARTITIVE.matcher(question).find();
  }

  /** The fit of the sentence's numbers as a plain count, 0 to 1 (a share question's fallback). */
  static double count(String sentence, Set<String> asked) {
    return quantity(sentence, asked, Unit.COUNT, "", false);
  }

  /** What a quantity question measures, read from its words. */
  enum Unit { MONEY, AGE, LENGTH_OR_DURATION, TEMPERATURE, WEIGHT, POPULATION, COUNT }

  /** Words of "how hot / cold / warm", asking for a temperature, which is written in degrees. */
  private static final Set<String> TEMPERATURE_WORDS = Set.of("hot", "cold", "warm");
  /** The fit of a number that is not in the unit a temperature or weight question asks for. */
  private static final double OTHER_MEASURE = 0.5;
  /** Words asking for a weight, which is written in tonnes or kilograms: "how heavy", "what does it weigh". */
  /**
   * The fit of a number without a unit of mass to a question of weight, or that counts no residents
   * to a question of population: below what a typed answer needs.
   */
  private static final double NOT_THE_MEASURE = 0.3;
  /**
   * A number of people who live in a place: "the island's 1,400 residents", "home to 12,000 people",
   * "a population of 12,000" (not "740 residents were moved to safety", a number of some of them).
   */
  private static final Pattern RESIDENTS = Pattern.compile("(?i)(?:([\\p{L}-]+)['’]s|\\bhome\\s+to)\\s+(?:about\\s+|around\\s+|"
      + "nearly\\s+|some\\s+|almost\\s+|more\\s+than\\s+)?\\d[\\d,.]*(?:\\s+(?:thousand|million))?\\s+(?:residents|inhabitants|people)\\b"
      + "|\\bpopulation\\s+(?:of|is|was|has|stands\\s+at)\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+|almost\\s+|more\\s+than\\s+)?\\d");
  /**
   * Whether the sentence gives the number of people who live in a place ({@link #RESIDENTS}), and
   * when it says whose by a possessive, the place asked about: "the island's 1,400 residents" is no
   * population of Brennick.
   */
  private static boolean residents(String sentence, Set<String> asked) {
    Matcher m = RESIDENTS.matcher(sentence);
    while (m.find()) {
      if (m.group(1) == null || asked.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** What "how many … live in" counts when it asks for a population. */
  private static final Set<String> DWELLERS = Set.of("people", "persons", "residents", "inhabitants");
  /**
   * "How many people live in Ashgrove?", "how many residents does the island have": a population.
   * Not "how many residents are still living in temporary accommodation", a number of some of them.
   */
  private static final Pattern POPULATION_ASKED = Pattern.compile("(?i)\\bhow\\s+many\\s+(?:people|persons|residents|"
      + "inhabitants)\\s+(?:live|reside)\\s+(?:in|on)\\s+(?:the\\s+)?(?:(?-i:\\p{Lu})|(?:town|city|village|island|valley|"
      + "district|region|country|area)\\b)|\\bhow\\s+many\\s+(?:people|residents|inhabitants)\\s+(?:does|do)\\s+[^?]*\\bhave\\b");

  /**
   * Whether the question asks how many people live in a place (a name, or "the town", "the island"
   * …): its answer is a population (see {@link #RESIDENTS}), not any number of people.
   */
  static boolean asksPopulation(String question) {
    return POPULATION_ASKED.matcher(question).find();
  }

  private static final Set<String> WEIGHT_WORDS = Set.of("heavy", "weigh", "weighs", "weight", "mass");
  private static final Pattern DEGREES = Pattern.compile("(?i)\\d[\\d,.]*\\s*(?:degrees?|°)");
  private static final Pattern MASS = Pattern.compile(
      "(?i)\\d[\\d,.]*\\s*(?:(?:thousand|million)\\s+)?(?:tonnes?|tons?|kilos?|kilograms?|kg|grams?|g)\\b");

  /** Words asking how much money changes, which a share answers: "a pay rise", "cut flour costs by". */
  private static final Set<String> CHANGE_WORDS = Set.of("rise", "raise", "increase", "cut", "cuts", "reduce",
      "lower", "drop", "fall", "save", "saving", "savings", "grow", "shrink", "by");

  /** The fit of a number without a currency to a question about money: below the least a typed answer needs. */
  private static final double NO_CURRENCY_SHARE = 0.35;

  private static final Set<String> MONEY_WORDS = Set.of("cost", "costs", "costing", "price", "charges", "charged", "pay", "paid", "spend", "spent",
      "fine", "fined", "worth", "raise", "raised", "funding", "fund", "budget", "money", "cash", "charge", "fee",
      "fees", "donate", "donated", "give", "gave", "grant", "invest", "invested", "bid", "penalty", "damage", "earn",
      "earns", "earned", "salary", "wage", "wages", "income", "loan", "lend", "lending", "lent", "borrow", "borrowed",
      "compensation", "bill", "fare", "fares");
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

  /**
   * The fit of a sentence's lengths to "how long": 1 for a length that is no other dimension,
   * {@value #OTHER_MEASURE} when every length it gives is one ("at a height of about 50 kilometres",
   * "from a distance of 1,850 kilometres", "12 metres deep"), 0.3 for none.
   */
  private static double lengthFit(String sentence) {
    Matcher m = LENGTH.matcher(sentence);
    double best = 0.3;
    while (m.find()) {
      String before = sentence.substring(Math.max(0, m.start() - 30), m.start());
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 12));
      boolean other = OTHER_DIMENSION_BEFORE.matcher(before).find() || OTHER_DIMENSION_AFTER.matcher(after).lookingAt();
      best = Math.max(best, other ? OTHER_MEASURE : 1);
    }
    return best;
  }

  /** A dimension other than length named before a number: "a height of about", "a distance of". */
  private static final Pattern OTHER_DIMENSION_BEFORE = Pattern.compile(
      "(?i)\\b(?:height|altitude|distance|depth|width|radius|diameter|range)\\s+of\\s+(?:about\\s+|some\\s+|around\\s+|nearly\\s+|almost\\s+|up\\s+to\\s+)?$");
  /** A dimension other than length named after a number: "12 metres deep", "50 km away". */
  private static final Pattern OTHER_DIMENSION_AFTER = Pattern.compile("(?i)\\s+(?:high|deep|wide|tall|away|above|below|up)\\b");

  private static final Pattern LENGTH = Pattern.compile(
      "(?i)\\d[\\d,.]*[\\s-]*(metres?|meters?|kilometres?|kilometers?|km|m|miles?|feet|foot|ft|centimetres?|cm)\\b");

  /**
   * What the question measures: "how many households have been fined" counts households, though it
   * speaks of fines; "how many crowns" counts money.
   */
  static Unit unit(Set<String> asked, String counted) {
    // "what is the population of Selvik?", "how many people live in Ashgrove?" (see asksPopulation)
    if (asked.contains("population") && (counted.isEmpty() || DWELLERS.contains(counted))) {
      return Unit.POPULATION;
    }
    if (!counted.isEmpty() && !MONEY.matcher(counted).find()) {
      return asked.contains("long") ? Unit.LENGTH_OR_DURATION : Unit.COUNT;
    }
    if (asked.contains("old") || asked.contains("age")) {
      return Unit.AGE;
    }
    // "how fast did she run the marathon?": a time taken (or a distance in a time), not a sum the race raised
    if (asked.contains("long") || asked.contains("soon") || asked.contains("how") && asked.contains("fast")) {
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

  private static final Pattern COUNTED_OF = Pattern.compile("(?i)\\bhow many [\\p{L}-]+ of (?:the )?([\\p{L}-]+)");

  /**
   * What a <i>how many</i> question counts in units of something else ("gannets" in "How many pairs
   * of gannets…", "cars" in "How many tonnes of cars"), in lower case; empty when there is none.
   */
  static String countedOf(String question) {
    Matcher m = COUNTED_OF.matcher(question);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * The noun a <i>how many</i> question counts, in lower case; empty when there is none: the head of
   * the words after "how many", past names and adjectives ("residents" in "How many Marlow Valley
   * residents…", "kids" in "how many sick kids…", "workers" in "how many dock workers…").
   */
  static String counted(String question) {
    // "how many of the recalled cartons": the whole is "cartons"
    Matcher m = COUNTED_PHRASE.matcher(PARTITIVE.matcher(question).replaceFirst("how many"));
    if (!m.find()) {
      return "";
    }
    String[] written = m.group(1).strip().split("\\s+");
    String[] words = m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s+");
    WordSenses senses = WordSenses.shared();
    for (int i = 0; i < words.length; i++) {
      boolean name = Character.isUpperCase(written[i].charAt(0)) && i + 1 < words.length;
      if (i + 1 < words.length && (name || senses.isMostlyAdjective(words[i]))) {
        continue;
      }
      return words[AnswerType.nounHead(words, i)];
    }
    return words[0];
  }

  /** "how many" and the words after it, up to the first that cannot be in its noun phrase. */
  private static final Pattern COUNTED_PHRASE = Pattern.compile("(?i)\\bhow many((?:\\s+[\\p{L}-]+){1,4})");

  private static double quantity(String sentence, Set<String> asked, Unit unit, String counted,
      boolean countedWritten) {
    switch (unit) {
      case MONEY:
        // a pay rise, or a cut in costs, is given in money or as a share
        // "How much of the 48 million crowns raised came from…?" is not answered by the 48 million
        if (MONEY.matcher(sentence).find() && newNumber(sentence, asked)
            || asked.stream().anyMatch(CHANGE_WORDS::contains) && AnswerType.PERCENT.matcher(sentence).find()) {
          return MoneyRole.other(asked, sentence) ? MoneyRole.OTHER_ROLE : 1;
        }
        break;
      case AGE:
        return AGE.matcher(sentence).find() ? 1 : 0.2;
      case LENGTH_OR_DURATION:
        return DURATION.matcher(sentence).find() ? 1 : lengthFit(sentence);
      case TEMPERATURE:
        return DEGREES.matcher(sentence).find() ? 1 : AnswerType.NUMBER.matcher(sentence).find() ? OTHER_MEASURE : 0;
      case WEIGHT:
        // "What is the estimated mass of the asteroid?": "about 4.2 km long" gives no mass
        return MASS.matcher(sentence).find() ? 1 : AnswerType.NUMBER.matcher(sentence).find() ? NOT_THE_MEASURE : 0;
      case POPULATION:
        // "What is the population of Selvik?": "employ 85 people" counts no residents
        return residents(sentence, asked) ? 1 : AnswerType.NUMBER.matcher(sentence).find() ? NOT_THE_MEASURE : 0;
      default:
        break;
    }
    double best = 0;
    for (NumberAt m : newNumbers(sentence, asked)) {
      String number = m.number();
      double score = AnswerType.YEAR.matcher(number).matches() ? 0.3 : counted.isEmpty() ? 1 : 0.7;
      String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 25)).toLowerCase(Locale.ROOT);
      String before = sentence.substring(Math.max(0, m.start() - 25), m.start()).toLowerCase(Locale.ROOT);
      // "from 50 minutes to 20": the second number is in the first one's unit
      Matcher range = RANGE_BEFORE.matcher(before);
      if (range.find() && !WORD_AFTER.matcher(after).lookingAt()) {
        after = " " + range.group(1) + after;
      }
      if (counted.length() > 3 && after.contains(counted.substring(0, Math.min(counted.length(), Math.max(4, counted.length() - 2))))) {
        score = 1;
      }
      if (after.matches("^[\\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b.*")) {
        // "fifteen days above 30 degrees" is a length of time, not a count of the people a question counts
        score = unit == Unit.COUNT && !counted.isEmpty() && !TIME_UNIT.matcher(counted).matches() ? SUM_FOR_COUNT : 0.5;
      }
      // "checked every house by 6 a.m.", "at 04:17": a time of day counts nothing; nor does a rank
      // ("in the 89th minute"), a score ("beating Rovers 2-1"), the day of a date ("from 3 August") or a
      // label ("the Line 3 tram")
      if (unit == Unit.COUNT && (CLOCK_AFTER.matcher(after).lookingAt() || after.startsWith(":")
          || m.start() > 0 && sentence.charAt(m.start() - 1) == ':' || ORDINAL_AFTER.matcher(after).lookingAt()
          || SCORE_AFTER.matcher(after).lookingAt() || SCORE_BEFORE.matcher(before).find()
          || DAY_OF_MONTH_AFTER.matcher(after).lookingAt() || DAY_OF_MONTH_BEFORE.matcher(before).find()
          || labelled(sentence, m.start(), m.numberEnd()))) {
        score = Math.min(score, CLOCK_FOR_COUNT);
      }
      // "That is almost 6,000 more than last year, when 35,700 people attended": last year's figure,
      // and a difference, are not the count asked for unless the question asks about the year before
      if (unit == Unit.COUNT && !asked.contains("last") && !asked.contains("previous") && !asked.contains("before")
          && (PAST_YEAR.matcher(before).find() || PAST_YEAR.matcher(after).find()
              || after.matches("^\\s+(more|fewer|less)\\s+than\\b.*"))) {
        score = Math.min(score, SUPERSEDED_COUNT);
      }
      // "one for every 300 residents", "2 per 1,000 people": the size of a ratio's unit counts none of the
      // things asked for ("every six months" may still say how often)
      if (unit == Unit.COUNT && !counted.isEmpty() && RATIO_BEFORE.matcher(before).find()) {
        score = Math.min(score, SUM_FOR_COUNT);
      }
      if (unit == Unit.COUNT && !counted.isEmpty()) {
        String rest = sentence.substring(m.end());
        // "how many households": "5,000 crowns" is a sum and "412 million litres" a volume, not a count of them
        if (money(sentence, m.start(), m.end())
            || MEASURE_AFTER.matcher(rest).lookingAt() && !MEASURE_AFTER.matcher(" " + counted).lookingAt()) {
          score = Math.min(score, SUM_FOR_COUNT);
        }
        // "how many votes": "18,412 votes" counts them; "52.7% of the vote" is a share of them
        Matcher share = SHARE_AFTER.matcher(rest);
        if (share.lookingAt()) {
          String beyond = rest.substring(share.end());
          Matcher of = SHARE_OF.matcher(beyond);
          // "22% smaller", "fall by about 15%": a change in size counts nothing; "58% of capacity" is a
          // share of something else; "87.4% backed the strike" may be of those counted
          score = Math.min(score, CHANGE_AFTER.matcher(beyond).lookingAt() || CHANGE_BEFORE.matcher(before).find() ? SUM_FOR_COUNT
              : of.lookingAt() && !countsThing(of.group(1).toLowerCase(Locale.ROOT), counted) ? OTHER_COUNT : SHARE_FOR_COUNT);
        } else if (score >= COUNTED_CANDIDATE && countsPeople(sentence.substring(m.numberEnd()), counted)) {
          // "how many kids": "about 3,900 pupils" counts people in other words, as "3,900 kids" would
          score = 1;
        } else if (score >= COUNTED_CANDIDATE && countsAnyone(sentence.substring(m.numberEnd()), counted)) {
          // "how many passengers": "400 people crowded in" counts people, none of them said to be passengers
          score = Math.min(score, OTHER_COUNT);
        } else if (countedWritten && !ArticleCheck.broad(counted) && !countsAsked(sentence, m.start(), m.end(), counted)) {
          // "how many passengers a day": "room for 220 cars", "400 people crowded in" count something else
          score = Math.min(score, OTHER_COUNT);
        }
      }
      // a sum of money is written with its currency: "Gate 2", "a 46-metre vessel" say no price
      best = Math.max(best, unit == Unit.MONEY ? score * NO_CURRENCY_SHARE : score);
    }
    return best;
  }

  /** Whether the sentence writes a number the question does not. */
  private static boolean newNumber(String sentence, Set<String> asked) {
    return !newNumbers(sentence, asked).isEmpty();
  }

  /**
   * A number written in a sentence: as matched, [{@code start}, {@code end}) in UTF-16 units, a full
   * stop or comma after it included; {@code number} without that mark, ending at {@link #numberEnd}.
   */
  private record NumberAt(String number, int start, int end) {
    int numberEnd() {
      return start + number.length();
    }
  }

  /** The numbers of the sentence that the question does not write ({@code asked}: its words in lower case). */
  private static java.util.List<NumberAt> newNumbers(String sentence, Set<String> asked) {
    java.util.List<NumberAt> out = new java.util.ArrayList<>();
    Matcher m = AnswerType.NUMBER.matcher(sentence);
    while (m.find()) {
      String number = m.group().replaceAll("[.,]$", "");
      if (!asked.contains(number.toLowerCase(Locale.ROOT))) {
        out.add(new NumberAt(number, m.start(), m.end()));
      }
    }
    return out;
  }

  /**
   * Whether the number at [{@code start}, {@code end}) is part of a name, a label rather than a count:
   * right after a capitalised word that does not open the sentence ("Line 3", "Gate 2", "Terminal 5"),
   * not a day of the week; joined to a name by a hyphen ("Tern-4"); or between a common noun and a
   * name ("the asteroid 2291 Velen").
   */
  private static boolean labelled(String sentence, int start, int end) {
    String head = sentence.substring(0, start);
    Matcher before = LABEL_BEFORE.matcher(head);
    if (before.find() && before.start() > 0 && !WEEKDAY.matcher(before.group()).lookingAt()
        || HYPHENED_NAME.matcher(head).find()) {
      return true;
    }
    // "the asteroid 2291 Velen": a common noun, the number, then the name it is part of
    Matcher noun = NOUN_BEFORE.matcher(head);
    return noun.find() && NAME_AFTER.matcher(sentence.substring(end)).lookingAt()
        && WordSenses.shared().isThing(noun.group(1)) && !WordSenses.shared().isMostlyAdjective(noun.group(1));
  }

  /** A name joined to its number by a hyphen: "Tern-", "OT-". */
  private static final Pattern HYPHENED_NAME = Pattern.compile("\\b\\p{Lu}\\p{L}*-$");
  /** A common noun right before a number: "asteroid " (group 1). */
  private static final Pattern NOUN_BEFORE = Pattern.compile("(?<![\\p{L}'’])(\\p{Ll}{3,}) $");
  /** A capitalised word right after a number. */
  private static final Pattern NAME_AFTER = Pattern.compile(" \\p{Lu}\\p{Ll}");

  /** A day of the week, which a count may follow: "on Tuesday 1,100 workers joined". */
  private static final Pattern WEEKDAY = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

  /** A capitalised word and one space right before a number: the name it labels. */
  private static final Pattern LABEL_BEFORE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ $");

  /** The start of a range whose end is written bare: "from 50 minutes to " (group 1 is the unit). */
  private static final Pattern RANGE_BEFORE = Pattern.compile("\\bfrom\\s+[\\d.,]+\\s+(\\p{L}+)\\s+to\\s+$");
  /** A word right after a number (its unit or noun), after spaces or a hyphen. */
  private static final Pattern WORD_AFTER = Pattern.compile("[\\s-]+\\p{L}");

  /** Last year's figure: "last year", "a year earlier", "the previous year". */
  private static final Pattern PAST_YEAR = Pattern.compile("\\b(last year|a year (earlier|ago|before)|the previous year)\\b");
  /** A time of day after a number: "6 a.m.", "8 pm", "9 o'clock". */
  private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)\\s*(?:[ap]\\.\\s?m\\.|[ap]m\\b|o['’]clock\\b)");
  /** An ordinal's ending: "89th", "2nd". */
  private static final Pattern ORDINAL_AFTER = Pattern.compile("(?:st|nd|rd|th)\\b");
  /** A score or a result of two numbers: "2-1", "27–14". */
  private static final Pattern SCORE_AFTER = Pattern.compile("[-–]\\d");
  private static final Pattern SCORE_BEFORE = Pattern.compile("\\d[-–]$");
  /** A unit of time a question may count: "how many days". */
  private static final Pattern TIME_UNIT = Pattern.compile("(?i)seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?");
  /** A month written after a day's number ("3 August") or before it ("September 4"): a date counts nothing. */
  private static final Pattern DAY_OF_MONTH_AFTER = Pattern.compile("(?i)^(?:st|nd|rd|th)?\\s+(?:" + AnswerType.MONTH_NAMES + ")\\b");
  private static final Pattern DAY_OF_MONTH_BEFORE = Pattern.compile("(?i)\\b(?:" + AnswerType.MONTH_NAMES + ")\\.?\\s+$");
  /** The unit of a ratio written before a number: "for every", "per", "in each", "out of every". */
  private static final Pattern RATIO_BEFORE = Pattern.compile("(?i)\\b(?:every|per|each)\\s+$");
  /** The fit of a time of day, a rank, a score or a date to a question that counts. */
  private static final double CLOCK_FOR_COUNT = 0.2;
  /** The fit of last year's figure, or of a difference, to a question that counts. */
  private static final double SUPERSEDED_COUNT = 0.5;

  /** How many words after a number, or before it, are looked at for what it counts. */
  private static final int COUNT_WINDOW_AFTER = 3;
  private static final int COUNT_WINDOW_BEFORE = 5;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /**
   * Whether the number at [start, end) counts what a <i>how many</i> question counts: within
   * {@value #COUNT_WINDOW_AFTER} words after it ("1,100 dock workers") or {@value #COUNT_WINDOW_BEFORE}
   * before it ("the number of visitors rose to 41,500") stands the counted noun, a word WordNet 3.1
   * relates to it as a thing ("households" for homes), or, when it counts people, any noun of a
   * person or a body ("how many guys" is answered by "1,100 workers").
   */
  private static boolean countsAsked(String sentence, int start, int end, String counted) {
    return wordsAround(sentence.substring(end), sentence.substring(0, start), COUNT_WINDOW_AFTER, COUNT_WINDOW_BEFORE)
        .stream().anyMatch(word -> countsThing(word, counted));
  }

  /**
   * Whether a word written beside a number names what a <i>how many</i> question counts: the counted
   * noun itself, a word WordNet 3.1 relates to it as a thing, or, when it counts people, any noun of
   * a person or a body.
   */
  private static boolean countsThing(String word, String counted) {
    WordSenses senses = WordSenses.shared();
    String stem = counted.substring(0, Math.min(counted.length(), Math.max(4, counted.length() - 2)));
    Set<String> related = senses.relatedAsThing(counted);
    return word.startsWith(stem) || related.contains(word) || related.contains(word.replaceAll("s$", ""))
        || word.length() > 2 && senses.isPersonOrBodyNoun(counted) && senses.isThing(word) && senses.isPersonOrBodyNoun(word)
        || senses.relatedAsThing(word).contains(counted.replaceAll("s$", ""));
  }

  /**
   * Whether a question that counts people ("kids", "folks", "workers", "people") is answered by a number whose
   * noun, within {@value #COUNT_WINDOW_AFTER} words after it and before any punctuation ({@code rest}
   * is the sentence after the number), names people too by WordNet 3.1 ("about 3,900 pupils", "1,100
   * dock workers"): a count of people in other words. A body ("3 clubs"), a thing ("7 games") or
   * people in general ("400 people", {@link WordSenses#isAnyPerson}) is not: "400 people crowded in"
   * counts no tram's passengers.
   */
  private static boolean countsPeople(String rest, String counted) {
    WordSenses senses = WordSenses.shared();
    String noun = countedNoun(rest);
    // "how many people fled?" is answered by "740 residents" as "how many kids" by "2,400 pupils"
    return (countsPersons(counted) || senses.isAnyPerson(counted)) && countsPersons(noun) && !senses.isAnyPerson(noun);
  }

  /**
   * Whether a question that counts people in a role ("passengers", "voters", not "people" or "folks")
   * meets a number of people in general ("400 people", {@link WordSenses#isAnyPerson}): those are
   * counted, but not said to be in the role asked.
   */
  private static boolean countsAnyone(String rest, String counted) {
    WordSenses senses = WordSenses.shared();
    String noun = countedNoun(rest);
    return countsPersons(counted) && !senses.isAnyPerson(counted) && !noun.isEmpty() && senses.isAnyPerson(noun);
  }

  /** Whether the noun names people (not a body: "clubs", nor a thing: "games") by WordNet 3.1. */
  private static boolean countsPersons(String noun) {
    WordSenses senses = WordSenses.shared();
    return !noun.isEmpty() && senses.isPersonOrBodyNoun(noun) && !senses.isBodyNoun(noun);
  }

  /**
   * The noun a number counts: the first word naming a thing within {@value #COUNT_WINDOW_AFTER} words
   * after it in its own phrase ({@code rest}: the sentence after the number; "people over 65, pregnant
   * women" counts no women, "one for every 300 residents" no residents); empty when there is none.
   */
  private static String countedNoun(String rest) {
    WordSenses senses = WordSenses.shared();
    // the phrase ends at punctuation or at the next number, whose noun is its own ("one for every 300 residents")
    Matcher after = WORD.matcher(rest.split("[,;:.()“”\"\\d]", 2)[0]);
    for (int i = 0; i < COUNT_WINDOW_AFTER && after.find(); i++) {
      String word = after.group().toLowerCase(Locale.ROOT);
      if (senses.isThing(word)) {
        return word;
      }
    }
    return "";
  }

  /** The least fit of a number that, beside what is counted, states the count: a plain number's. */
  private static final double COUNTED_CANDIDATE = 0.7;

  /** The fit of a number that counts something other than what a narrow <i>how many</i> question counts. */
  private static final double OTHER_COUNT = 0.35;

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
      + "|kilometers?|km|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|miles?|feet|foot|inches|hectares?|acres?|megawatts?|gigawatts?|mw|gw|kwh|mwh)\\b");

  /** A share written right after a number: "55%", "12 per cent". */
  private static final Pattern SHARE_AFTER = Pattern.compile("(?i)\\s?(?:%|per ?cent\\b|percent\\b)");

  /** A comparative right after a share: "22% smaller", "30% cheaper", "38% above the July average". */
  private static final Pattern CHANGE_AFTER = Pattern.compile("(?i)\\s+(?:smaller|larger|bigger|higher|lower|cheaper|dearer"
      + "|fewer|more|less|greater|faster|slower|longer|shorter|warmer|colder|up|down|above|below)\\b");
  /** A change written before a share: "fall by about 15%", "rose 4%", "up 12%". */
  private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(?:rises?|rose|risen|falls?|fell|fallen|drops?|dropped"
      + "|grows?|grew|grown|increased?|decreased?|cut|up|down)\\s+(?:by\\s+)?(?:about\\s+|around\\s+|almost\\s+|nearly\\s+"
      + "|some\\s+|roughly\\s+)?$");
  /** What a share is of, right after it: "of capacity", "of the vote", "of its members". */
  private static final Pattern SHARE_OF = Pattern.compile("(?i)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?(\\p{L}+)");

  /** The fit of a share to a question that counts: it may answer ("87.4% backed the strike"), a count answers better. */
  private static final double SHARE_FOR_COUNT = 0.35;

  /** The fit of a sum of money or a measure to a question that counts something else. */
  private static final double SUM_FOR_COUNT = 0.3;

}
