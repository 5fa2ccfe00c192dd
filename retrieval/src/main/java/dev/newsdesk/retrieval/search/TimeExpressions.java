package dev.newsdesk.retrieval.search;

import static java.time.temporal.TemporalAdjusters.previousOrSame;

import dev.newsdesk.retrieval.search.MonthDays.Days;
import dev.newsdesk.retrieval.search.MonthDays.Word;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the first time expression in an English news question ("yesterday", "last week", "in
 * June", "since 3 March") into the range of publication instants it names, as of an instant.
 */
public final class TimeExpressions {

  private final ZoneId zone;

  public TimeExpressions(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * The range named by the first time expression in the question that names time before {@code
   * asOf}, cut off at {@code asOf}; empty when there is none.
   *
   * <ul>
   *   <li>Days are calendar days in this finder's zone; weeks run Monday to Monday (ISO).
   *   <li>An expression naming only time after {@code asOf} ("on 12 March 2027", "this Friday"
   *       on a Wednesday, "today" at exactly midnight) is skipped whole and the search goes on.
   *   <li>"on Monday", "since Monday", "Monday?" (last word): the most recent Monday, today
   *       included. "last Monday": the most recent one before today, a week ago on a Monday.
   *       "this Friday": the Friday of this ISO week.
   *   <li>A month without a year is the most recent one that has begun ("in June" in March 2026
   *       is June 2025); "last June" is the most recent one before this month.
   *   <li>A day without a year is the most recent one not after today (a yearless 29 February is
   *       the last leap day).
   *   <li>"this week", "past week": the last 7 days, as news readers mean them. "last week",
   *       "N weeks ago": whole ISO weeks. "past month", "past year": the last 30 and 365 days.
   *       "the past few days", "recently", "lately": the last 7.
   *   <li>Slashed dates ("12/03/2025") are not read: day-first and month-first writers disagree.
   *   <li>A year is a date only after "in", "during" or "since", never alone ("2,024 people",
   *       "Kestrel 2024"); it must lie between 1900 and {@code asOf}'s year.
   *   <li>"may" and "march" are months only in a date pattern ("in May", "May 3", "since May",
   *       "last May", "May 2025"), never as the verb or the noun ("the last march").
   * </ul>
   */
  public Optional<TimeScope> find(String question, Instant asOf) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(asOf, "asOf");
    List<Word> words = Word.split(question);
    Scan scan = new Scan(words.stream().map(Word::text).toList(), asOf.atZone(zone));
    int i = 0;
    while (i < words.size()) {
      Optional<Span> span = scan.at(i);
      if (span.isEmpty()) {
        i++;
      } else if (!span.get().from().isBefore(asOf)) {
        i = span.get().end(); // all future: skip its words too, so "this Friday" is not "Friday"
      } else {
        Span found = span.get();
        Instant to = found.to().isAfter(asOf) ? asOf : found.to();
        String text = question.substring(words.get(i).start(), words.get(found.end() - 1).end());
        return Optional.of(new TimeScope(found.from(), to, text));
      }
    }
    return Optional.empty();
  }

  /** Instants {@code [from, to)} named by the words before index {@code end}. */
  private record Span(int end, Instant from, Instant to) {}

  /** Reads the expression, if any, that starts at one word of a question, as of one instant. */
  private static final class Scan {

    private static final Map<String, Integer> COUNTS =
        Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private static final Map<String, ChronoUnit> UNITS =
        Map.of(
            "hours", ChronoUnit.HOURS, "days", ChronoUnit.DAYS, "weeks", ChronoUnit.WEEKS,
            "months", ChronoUnit.MONTHS, "years", ChronoUnit.YEARS);

    private final List<String> words;
    private final ZonedDateTime asOf;
    private final LocalDate today;
    // found once, so that asking "is this the last word?" at every word stays linear
    private final int lastWordy;

    Scan(List<String> words, ZonedDateTime asOf) {
      this.words = words;
      int last = words.size() - 1;
      while (last >= 0 && !MonthDays.isWordy(words.get(last))) {
        last--;
      }
      this.lastWordy = last;
      this.asOf = asOf;
      this.today = asOf.toLocalDate();
    }

    Optional<Span> at(int i) {
      return switch (word(i)) {
        case "since" -> since(i);
        case "today", "tonight" -> day(i + 1, today);
        case "yesterday" -> day(i + 1, today.minusDays(1));
        case "recently", "lately" -> rolling(i + 1, asOf.minusDays(7));
        case "this" -> thisOne(i);
        case "last", "past" -> lastOrPast(i);
        case "in", "during" -> in(i);
        case "over", "within" -> thePast(i);
        case "on" -> calendar(i + 1).or(() -> weekday(i + 1, false));
        default -> ago(i).or(() -> calendar(i)).or(() -> weekdayAtEnd(i));
      };
    }

    /** "since X": from the start of X to now. */
    private Optional<Span> since(int i) {
      int n = i + 1;
      return at(n)
          .or(() -> weekday(n, false))
          .or(() -> days(MonthDays.month(words, n, today, false)))
          .or(() -> days(MonthDays.year(words, n, today)))
          .map(s -> new Span(s.end(), s.from(), asOf.toInstant()));
    }

    private Optional<Span> thisOne(int i) {
      return switch (word(i + 1)) {
        case "morning", "afternoon", "evening" -> day(i + 2, today);
        // news readers mean the last seven days by "this week" (weekly quizzes ask it on Fridays)
        case "week" -> rolling(i + 2, asOf.minusDays(7));
        case "month" -> days(i + 2, today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1));
        case "year" -> days(i + 2, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1));
        default -> weekdayOfThisWeek(i + 1);
      };
    }

    /** "last ..." counts calendar units back; "past month" and "past year" are rolling. */
    private Optional<Span> lastOrPast(int i) {
      boolean last = word(i).equals("last");
      LocalDate month = today.withDayOfMonth(1);
      LocalDate year = today.withDayOfYear(1);
      return switch (word(i + 1)) {
        case "night" -> last ? day(i + 2, today.minusDays(1)) : Optional.empty();
        case "week" -> last ? week(i + 2, today.minusWeeks(1)) : rolling(i + 2, asOf.minusDays(7));
        case "month" ->
            last ? days(i + 2, month.minusMonths(1), month) : rolling(i + 2, asOf.minusDays(30));
        case "year" ->
            last ? days(i + 2, year.minusYears(1), year) : rolling(i + 2, asOf.minusDays(365));
        case "few" ->
            word(i + 2).equals("days") ? rolling(i + 3, asOf.minusDays(7)) : Optional.empty();
        default -> last ? lastCount(i + 1).or(() -> lastNamed(i)) : lastCount(i + 1);
      };
    }

    /** "N days", "N weeks", "24 hours": the last N units up to now. */
    private Optional<Span> lastCount(int i) {
      OptionalInt count = count(i);
      ChronoUnit unit = UNITS.get(plural(word(i + 1)));
      if (count.isEmpty() || unit == null) {
        return Optional.empty();
      }
      return rolling(i + 2, asOf.minus(count.getAsInt(), unit));
    }

    /** "last Monday" (before today), "last June" (before this month), but not "the last march". */
    private Optional<Span> lastNamed(int i) {
      if (word(i - 1).equals("the") && MonthDays.isAmbiguousMonth(word(i + 1))) {
        return Optional.empty();
      }
      return weekday(i + 1, true).or(() -> days(MonthDays.month(words, i + 1, today, true)));
    }

    /** "in/during the past N days" and the like, or "in June", "in June 2025", "in 2024". */
    private Optional<Span> in(int i) {
      return thePast(i)
          .or(() -> calendar(i + 1))
          .or(() -> days(MonthDays.month(words, i + 1, today, false)))
          .or(() -> days(MonthDays.year(words, i + 1, today)));
    }

    private Optional<Span> thePast(int i) {
      boolean past = word(i + 2).equals("past") || word(i + 2).equals("last");
      return word(i + 1).equals("the") && past ? lastOrPast(i + 2) : Optional.empty();
    }

    /** "3 days ago" is that day; weeks, months and years ago are that whole calendar unit. */
    private Optional<Span> ago(int i) {
      OptionalInt count = count(i);
      if (count.isEmpty() || !word(i + 2).equals("ago")) {
        return Optional.empty();
      }
      int n = count.getAsInt();
      LocalDate month = today.minusMonths(n).withDayOfMonth(1);
      LocalDate year = today.minusYears(n).withDayOfYear(1);
      return switch (plural(word(i + 1))) {
        case "days" -> day(i + 3, today.minusDays(n));
        case "weeks" -> week(i + 3, today.minusWeeks(n));
        case "months" -> days(i + 3, month, month.plusMonths(1));
        case "years" -> days(i + 3, year, year.plusYears(1));
        default -> Optional.empty();
      };
    }

    private Optional<Span> calendar(int i) {
      return days(MonthDays.date(words, i, today));
    }

    /** The most recent such weekday: today included, or before today when {@code beforeToday}. */
    private Optional<Span> weekday(int i, boolean beforeToday) {
      LocalDate from = beforeToday ? today.minusDays(1) : today;
      return dayOfWeek(word(i)).flatMap(day -> day(i + 1, from.with(previousOrSame(day))));
    }

    /** "this Friday": that day of this ISO week, which may not have come yet. */
    private Optional<Span> weekdayOfThisWeek(int i) {
      return dayOfWeek(word(i)).flatMap(day -> day(i + 1, today.with(day)));
    }

    private static Optional<DayOfWeek> dayOfWeek(String word) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().toLowerCase(Locale.ROOT).equals(word)) {
          return Optional.of(day);
        }
      }
      return Optional.empty();
    }

    /** A weekday with nothing but punctuation after it: "What did he say Monday?". */
    private Optional<Span> weekdayAtEnd(int i) {
      return i >= lastWordy ? weekday(i, false) : Optional.empty();
    }

    private OptionalInt count(int i) {
      String word = word(i);
      if (MonthDays.isDigits(word) && word.length() <= 4) {
        int n = Integer.parseInt(word);
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
      }
      Integer n = COUNTS.get(word);
      return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    private static String plural(String unit) {
      return unit.endsWith("s") ? unit : unit + "s";
    }

    private Optional<Span> week(int end, LocalDate day) {
      LocalDate monday = day.with(previousOrSame(DayOfWeek.MONDAY));
      return days(end, monday, monday.plusWeeks(1));
    }

    private Optional<Span> day(int end, LocalDate day) {
      return days(end, day, day.plusDays(1));
    }

    private Optional<Span> days(Optional<Days> days) {
      return days.flatMap(d -> days(d.end(), d.first(), d.until()));
    }

    private Optional<Span> days(int end, LocalDate first, LocalDate until) {
      ZoneId zone = asOf.getZone();
      Instant from = first.atStartOfDay(zone).toInstant();
      return Optional.of(new Span(end, from, until.atStartOfDay(zone).toInstant()));
    }

    private Optional<Span> rolling(int end, ZonedDateTime from) {
      return Optional.of(new Span(end, from.toInstant(), asOf.toInstant()));
    }

    private String word(int i) {
      return MonthDays.word(words, i);
    }
  }
}
