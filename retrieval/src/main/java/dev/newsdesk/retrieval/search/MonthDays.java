package dev.newsdesk.retrieval.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Splits a question into words and reads the calendar days, months and years they name. */
final class MonthDays {

  /** Days {@code [first, until)} named by the words before index {@code end}. */
  record Days(int end, LocalDate first, LocalDate until) {}

  /** Month names that are also everyday words ("what may happen", "the march"). */
  private static final Set<Month> AMBIGUOUS = Set.of(Month.MAY, Month.MARCH);

  /** Words after which a day number and an ambiguous month are read as a date ("on 3 May"). */
  private static final Set<String> DATE_LEADS = Set.of("on", "since", "the", "from", "by");

  /** How many years back a yearless 29 February is looked for. */
  private static final int LEAP_SEARCH_YEARS = 8;

  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
          Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
          Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
          Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
          Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("october", Month.OCTOBER), Map.entry("oct", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
          Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

  /** A word of a question, lower-cased, with its place in the question. */
  record Word(String text, int start, int end) {

    /** Runs of letters and digits, each other non-space character alone, ISO dates whole. */
    static List<Word> split(String question) {
      List<Word> words = new ArrayList<>();
      int i = 0;
      while (i < question.length()) {
        if (Character.isWhitespace(question.charAt(i))) {
          i++;
          continue;
        }
        int end = isoDateEnd(question, i, alphanumericEnd(question, i));
        words.add(new Word(plain(question.substring(i, end)), i, end));
        i = end;
      }
      return words;
    }

    private static int alphanumericEnd(String s, int start) {
      int end = start;
      while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      return Math.max(end, start + 1);
    }

    /** Extends "2025" to "2025-03-12" when the rest of an ISO date follows. */
    private static int isoDateEnd(String s, int start, int end) {
      int isoEnd = end + 6;
      if (end - start != 4
          || isoEnd > s.length()
          || (isoEnd < s.length() && Character.isLetterOrDigit(s.charAt(isoEnd)))) {
        return end;
      }
      String rest = s.substring(end, isoEnd);
      boolean iso =
          rest.charAt(0) == '-'
              && rest.charAt(3) == '-'
              && isDigits(s.substring(start, end) + rest.substring(1, 3) + rest.substring(4));
      return iso ? isoEnd : end;
    }

    /** Lower case, ordinal suffixes dropped: "12th" reads as "12". */
    private static String plain(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      int digits = lower.length() - 2;
      boolean ordinal =
          (digits == 1 || digits == 2)
              && isDigits(lower.substring(0, digits))
              && ORDINAL_SUFFIXES.contains(lower.substring(digits));
      return ordinal ? lower.substring(0, digits) : lower;
    }
  }

  private MonthDays() {}

  /** A day or month written out: "2025-03-12", "12 March", "March 12, 2025", "June 2025". */
  static Optional<Days> date(List<String> words, int i, LocalDate today) {
    return iso(word(words, i)).map(day -> oneDay(i + 1, day))
        .or(() -> dayFirst(words, i, today))
        .or(() -> monthFirst(words, i, today));
  }

  /**
   * A month without a year: the most recent one that has begun by today, or with {@code
   * beforeThisMonth} the most recent one that ended before this month began ("last June").
   */
  static Optional<Days> month(List<String> words, int i, LocalDate today, boolean beforeThisMonth) {
    Optional<Month> month = monthAt(words, i);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    YearMonth current = YearMonth.from(today);
    YearMonth named = YearMonth.of(today.getYear(), month.get());
    boolean tooLate = beforeThisMonth ? !named.isBefore(current) : named.isAfter(current);
    return Optional.of(wholeMonth(afterDot(words, i + 1), tooLate ? named.minusYears(1) : named));
  }

  /** A four-digit year from 1900 to today's year, as the whole calendar year. */
  static Optional<Days> year(List<String> words, int i, LocalDate today) {
    OptionalInt year = yearAt(words, i);
    if (year.isEmpty() || year.getAsInt() < 1900 || year.getAsInt() > today.getYear()) {
      return Optional.empty();
    }
    LocalDate first = LocalDate.of(year.getAsInt(), 1, 1);
    return Optional.of(new Days(i + 1, first, first.plusYears(1)));
  }

  static boolean isAmbiguousMonth(String word) {
    Month month = MONTHS.get(word);
    return month != null && AMBIGUOUS.contains(month);
  }

  /** "12 March", "12th of March", "12 March 2025", "12 March, 2025". */
  private static Optional<Days> dayFirst(List<String> words, int i, LocalDate today) {
    OptionalInt day = dayAt(words, i);
    int m = word(words, i + 1).equals("of") ? i + 2 : i + 1;
    Optional<Month> month = monthAt(words, m);
    if (day.isEmpty() || month.isEmpty()) {
      return Optional.empty();
    }
    int next = afterDot(words, m + 1);
    int yearAt = word(words, next).equals(",") ? next + 1 : next;
    OptionalInt year = yearAt(words, yearAt);
    if (year.isPresent()) {
      return exactDay(yearAt + 1, year.getAsInt(), month.get(), day.getAsInt());
    }
    if (AMBIGUOUS.contains(month.get()) && !readsAsDate(words, i, next)) {
      return Optional.empty();
    }
    return recentDay(next, month.get(), day.getAsInt(), today);
  }

  /** "March 12", "March 12th", "March 12, 2025", "Sept. 3 2024", "June 2025". */
  private static Optional<Days> monthFirst(List<String> words, int i, LocalDate today) {
    Optional<Month> month = monthAt(words, i);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int next = afterDot(words, i + 1);
    OptionalInt monthYear = yearAt(words, next);
    if (monthYear.isPresent()) {
      return Optional.of(wholeMonth(next + 1, YearMonth.of(monthYear.getAsInt(), month.get())));
    }
    OptionalInt day = dayAt(words, next);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    int yearAt = word(words, next + 1).equals(",") ? next + 2 : next + 1;
    OptionalInt year = yearAt(words, yearAt);
    return year.isPresent()
        ? exactDay(yearAt + 1, year.getAsInt(), month.get(), day.getAsInt())
        : recentDay(next + 1, month.get(), day.getAsInt(), today);
  }

  /** "3 May" is a date after "on", "since" or "the" or before punctuation; "2 may win" is not. */
  private static boolean readsAsDate(List<String> words, int dayAt, int next) {
    return DATE_LEADS.contains(word(words, dayAt - 1)) || !isWordy(word(words, next));
  }

  private static Optional<Days> exactDay(int end, int year, Month month, int day) {
    try {
      return Optional.of(oneDay(end, LocalDate.of(year, month, day)));
    } catch (DateTimeException e) {
      return Optional.empty(); // "30 February 2025" names no day
    }
  }

  /** The most recent such day not after today; a yearless 29 February is the last leap day. */
  private static Optional<Days> recentDay(int end, Month month, int day, LocalDate today) {
    if (day > month.maxLength()) {
      return Optional.empty();
    }
    MonthDay monthDay = MonthDay.of(month, day);
    for (int year = today.getYear(); year >= today.getYear() - LEAP_SEARCH_YEARS; year--) {
      if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(today)) {
        return Optional.of(oneDay(end, monthDay.atYear(year)));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> iso(String word) {
    if (word.length() != 10 || word.charAt(4) != '-') {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(word));
    } catch (DateTimeException e) {
      return Optional.empty(); // "2025-13-01" is shaped like a date but is none
    }
  }

  private static Optional<Month> monthAt(List<String> words, int i) {
    return Optional.ofNullable(MONTHS.get(word(words, i)));
  }

  private static OptionalInt dayAt(List<String> words, int i) {
    String word = word(words, i);
    if (word.isEmpty() || word.length() > 2 || !isDigits(word)) {
      return OptionalInt.empty();
    }
    int day = Integer.parseInt(word);
    return day >= 1 && day <= 31 ? OptionalInt.of(day) : OptionalInt.empty();
  }

  private static OptionalInt yearAt(List<String> words, int i) {
    String word = word(words, i);
    return word.length() == 4 && isDigits(word) && word.charAt(0) != '0'
        ? OptionalInt.of(Integer.parseInt(word))
        : OptionalInt.empty();
  }

  private static Days oneDay(int end, LocalDate day) {
    return new Days(end, day, day.plusDays(1));
  }

  private static Days wholeMonth(int end, YearMonth month) {
    return new Days(end, month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /** Skips the full stop of an abbreviation ("Sept. 3"). */
  private static int afterDot(List<String> words, int i) {
    return word(words, i).equals(".") ? i + 1 : i;
  }

  /** A word of letters or digits, not punctuation and not the empty word past the end. */
  static boolean isWordy(String word) {
    return !word.isEmpty() && Character.isLetterOrDigit(word.charAt(0));
  }

  static boolean isDigits(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  static String word(List<String> words, int i) {
    return i >= 0 && i < words.size() ? words.get(i) : "";
  }
}
