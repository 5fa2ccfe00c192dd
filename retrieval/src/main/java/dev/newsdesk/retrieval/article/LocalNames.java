package dev.newsdesk.retrieval.article;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day and month names in the languages news feeds are written in, taken from the Java runtime's
 * locale data (CLDR), so that "ma, 05 okt 2026" reads as "05 Oct 2026".
 *
 * <p>Names are compared lower-cased and without a final dot ("okt." is "okt"). A month name is
 * replaced by its English abbreviation; a weekday name at the start is dropped, since the date
 * alone says which day it was.
 */
final class LocalNames {

  private static final List<Locale> LOCALES =
      List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN,
          Locale.forLanguageTag("nl"), Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"),
          Locale.forLanguageTag("sv"), Locale.forLanguageTag("da"), Locale.forLanguageTag("nb"),
          Locale.forLanguageTag("pl"), Locale.forLanguageTag("cs"), Locale.forLanguageTag("ru"));
  private static final Set<String> WEEKDAYS = new HashSet<>(Set.of("tues", "thur", "thurs"));
  private static final Map<String, String> MONTHS = new HashMap<>(Map.of("sept", "Sep"));
  private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)\\.?(,?)\\s+(?=\\p{L}|\\d)");
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
  /** Spanish and Portuguese write "5 de octubre de 2026". */
  private static final Pattern DE = Pattern.compile("(?i)(?<=\\S) de (?=\\S)");

  static {
    for (Locale locale : LOCALES) {
      for (DayOfWeek day : DayOfWeek.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
          WEEKDAYS.add(key(day.getDisplayName(style, locale)));
        }
      }
      for (Month month : Month.values()) {
        String english = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE,
            TextStyle.SHORT_STANDALONE)) {
          MONTHS.putIfAbsent(key(month.getDisplayName(style, locale)), english);
        }
      }
    }
  }

  private LocalNames() {}

  /**
   * The text without a weekday name before the date ("Mo, 22 Jun 2026" gives "22 Jun 2026"). A
   * word that is also a month ("mar" is Tuesday in Spanish, "Mar" is March) is a weekday only when
   * a comma follows it.
   */
  static String withoutWeekday(String text) {
    Matcher m = LEADING_WORD.matcher(text);
    if (!m.find() || !WEEKDAYS.contains(key(m.group(1)))) {
      return text;
    }
    boolean alsoMonth = MONTHS.containsKey(key(m.group(1)));
    return !alsoMonth || !m.group(2).isEmpty() ? text.substring(m.end()) : text;
  }

  /** The text with every month name, in any known language, as its English abbreviation. */
  static String withEnglishMonths(String text) {
    Matcher m = WORD.matcher(DE.matcher(text).replaceAll(" "));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String english = MONTHS.get(key(m.group()));
      m.appendReplacement(out, Matcher.quoteReplacement(english == null ? m.group() : english));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).strip();
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }
}
