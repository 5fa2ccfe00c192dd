package dev.newsdesk.bot.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, read from how it starts: a quantity, a time, a person or
 * anything; a sentence of the wanted kind is preferred among those that cover the question.
 */
enum AnswerType {
  SHARE(Pattern.compile("\\d\\s?%|\\bper ?cent\\b")),
  QUANTITY(Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      + "dozen|hundred|thousand|million|billion|half|third|quarter)\\b")),
  TIME(Pattern.compile("\\d|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
      + "february|march|april|may|june|july|august|september|october|november|december|today|"
      + "yesterday|tomorrow|week|month|year|spring|summer|autumn|winter|morning|evening|night)\\b")),
  PERSON(Pattern.compile("(?<=\\S\\s)\\p{Lu}\\p{Ll}+(\\s\\p{Lu}\\.?)*\\s\\p{Lu}\\p{Ll}+")),
  ANY(Pattern.compile(""));

  private static final Pattern SHARE_QUESTION = Pattern.compile(
      "^(what|which) (percentage|percent|share|proportion|pay rise|rise|increase|rate)\\b");
  private static final Pattern QUANTITY_QUESTION = Pattern.compile(
      "^(how (many|much|long|far|big|large|high|old|fast)|what (number|amount|price|cost|"
          + "temperature|score|sum|figure)|by how much)\\b");
  private static final Pattern TIME_QUESTION =
      Pattern.compile("^(when|what (date|day|time|year|month)|which (date|day|year|month))\\b");
  private static final Pattern PERSON_QUESTION = Pattern.compile("^(who|whom|whose)\\b");

  private final Pattern evidence;

  AnswerType(Pattern evidence) {
    this.evidence = evidence;
  }

  static AnswerType of(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    if (SHARE_QUESTION.matcher(q).find()) {
      return SHARE;
    }
    if (QUANTITY_QUESTION.matcher(q).find()) {
      return QUANTITY;
    }
    if (TIME_QUESTION.matcher(q).find()) {
      return TIME;
    }
    if (PERSON_QUESTION.matcher(q).find()) {
      return PERSON;
    }
    return ANY;
  }

  /** Whether the sentence holds an answer of this kind (a number, a date, a name). */
  boolean fits(String sentence) {
    if (this == ANY) {
      return true;
    }
    String text = this == PERSON ? sentence : sentence.toLowerCase(Locale.ROOT);
    return evidence.matcher(text).find();
  }
}
