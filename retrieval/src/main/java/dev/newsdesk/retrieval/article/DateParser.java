package dev.newsdesk.retrieval.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the many ways inputs write a publication date into one {@link Instant}.
 *
 * <p>Understood: ISO instants, offset and zoned date-times (also with the {@code +} of the offset
 * lost to URL decoding: {@code 2026-03-17T12:44:00 00:00}), local date-times and dates (also with
 * a space instead of {@code T}, or slashes, with or without leading zeros), RFC 1123 / RFC 822 as
 * feeds write them, "February 24, 2025", "Feb. 24, 2025", "24 February 2025", day and month
 * names in the languages of {@link LocalNames} ("ma, 05 okt 2026", "Mo, 22 Jun 2026"), numeric
 * day/month/year in either order when one number is over 12 ("8/21/2026 9:00:00 AM",
 * "20/11/2026"), and epoch seconds or milliseconds. A date without a time is midnight UTC; a
 * date-time without a zone is taken as UTC. The whole string must be a date: "Updated Feb 24" is
 * not one. A date such as "05/06/2026" that reads either way is {@linkplain DateReading ambiguous}:
 * no date is invented for it.
 */
public final class DateParser {

  /** 1973: smaller numbers are not publication dates. */
  private static final long EARLIEST_EPOCH_SECONDS = 100_000_000L;
  private static final long EARLIEST_EPOCH_MILLIS = 100_000_000_000L;
  private static final long LATEST_EPOCH_MILLIS = 100_000_000_000_000L;

  private static final Pattern EPOCH = Pattern.compile("\\d{9,14}(\\.\\d+)?");
  private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
  /** An ISO date-time whose offset lost its {@code +} (a {@code +} decodes to a space in URLs). */
  private static final Pattern LOST_PLUS =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}:?\\d{2})$");
  /** Day/month/year or month/day/year in digits, then an optional time with optional AM/PM. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})"
              + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$");
  /** A time after a date, introduced as French, German, Spanish, Dutch or Nordic pages write it. */
  private static final Pattern LOCAL_TIME =
      Pattern.compile(
          "(?iu),?\\s+(?:à|um|a las|a la|om|kl\\.?|klo|alle|às)\\s+(\\d{1,2})[h:.](\\d{2})(?:\\s*(?:uhr|h))?$");

  /** RFC 822 allows two-digit years ("24 Feb 25 13:45"); they are this century's. */
  private static final Pattern TWO_DIGIT_YEAR =
      Pattern.compile("^(\\d{1,2} [A-Za-z]{3}) (\\d{2}) (?=\\d{1,2}:)");

  /** Formatters that carry a zone or offset. */
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_ZONED_DATE_TIME,
          english("yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX"),
          DateTimeFormatter.RFC_1123_DATE_TIME,
          english("d MMM yyyy HH:mm[:ss] z"),
          english("d MMM yyyy HH:mm[:ss] XX"),
          english("MMM d[,] yyyy[,] h:mm[:ss] a z"));

  /** Formatters without a zone, read as UTC. */
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          english("yyyy/M/d H:mm[:ss]"),
          english("d MMM yyyy H:mm[:ss]"),
          english("MMM d[,] yyyy[,] h:mm[:ss] a"),
          english("MMM d[,] yyyy[,] H:mm[:ss]"));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          english("yyyy/M/d"),
          english("MMMM d[,] yyyy"),
          english("MMM d[,] yyyy"),
          english("d MMMM[,] yyyy"),
          english("d MMM[,] yyyy"));

  private DateParser() {}

  /** The instant this text names, or empty when it is not a date this parser knows for sure. */
  public static Optional<Instant> parse(String text) {
    return read(text).instant();
  }

  /** What this text says as a date: an instant, or why there is none (ambiguous, unreadable). */
  public static DateReading read(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return DateReading.unreadable(text);
    }
    if (EPOCH.matcher(value).matches()) {
      return fromEpoch((long) Double.parseDouble(value))
          .map(DateReading::of)
          .orElseGet(() -> DateReading.unreadable(value));
    }
    String normalised = normalise(value);
    Matcher numeric = NUMERIC_DATE.matcher(normalised);
    if (numeric.matches()) {
      return numericDate(value, numeric);
    }
    return parseZoned(normalised)
        .or(() -> parseLocalDateTime(normalised))
        .or(() -> parseDate(normalised))
        .map(DateReading::of)
        .orElseGet(() -> DateReading.unreadable(value));
  }

  /** The instant of an epoch number, read as seconds or milliseconds by its size. */
  public static Optional<Instant> fromEpoch(long number) {
    if (number >= EARLIEST_EPOCH_SECONDS && number < EARLIEST_EPOCH_MILLIS) {
      return Optional.of(Instant.ofEpochSecond(number));
    }
    if (number >= EARLIEST_EPOCH_MILLIS && number < LATEST_EPOCH_MILLIS) {
      return Optional.of(Instant.ofEpochMilli(number));
    }
    return Optional.empty();
  }

  private static String normalise(String value) {
    String v = value.replaceAll("\\s+", " ");
    v = LOST_PLUS.matcher(v).replaceFirst("$1+$2");
    v = SPACE_BEFORE_TIME.matcher(v).replaceFirst("$1T$2");
    v = LocalNames.withoutWeekday(v);
    v = LocalNames.withEnglishMonths(v);
    v = v.replaceFirst("^(\\d{1,2})\\. (?=\\p{L})", "$1 "); // German "3. März 2026"
    v = LOCAL_TIME.matcher(v).replaceFirst(" $1:$2"); // "à 10h15", "um 10.15 Uhr", "kl. 10:15"
    v = TWO_DIGIT_YEAR.matcher(v).replaceFirst("$1 20$2 ");
    return v.replaceAll("\\s+", " ").strip().replaceFirst(" UT$", " GMT");
  }

  /** Digits only: which is the day and which the month is told by the one that is over 12. */
  private static DateReading numericDate(String raw, Matcher m) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    int day;
    int month;
    if (first > 12 && second <= 12) {
      day = first;
      month = second;
    } else if (second > 12 && first <= 12) {
      month = first;
      day = second;
    } else if (first == second) {
      day = first;
      month = first;
    } else {
      return DateReading.ambiguous(raw);
    }
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second2 = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (m.group(7) != null) {
      boolean pm = m.group(7).equalsIgnoreCase("pm");
      if (hour < 1 || hour > 12) {
        return DateReading.unreadable(raw);
      }
      hour = hour % 12 + (pm ? 12 : 0);
    }
    try {
      return DateReading.of(
          LocalDateTime.of(year, month, day, hour, minute, second2).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return DateReading.unreadable(raw);
    }
  }

  private static Optional<Instant> parseZoned(String value) {
    return firstParsed(ZONED, value, parsed -> ZonedDateTime.from(parsed).toInstant());
  }

  private static Optional<Instant> parseLocalDateTime(String value) {
    return firstParsed(
        LOCAL_DATE_TIMES, value, parsed -> LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC));
  }

  private static Optional<Instant> parseDate(String value) {
    return firstParsed(
        DATES, value, parsed -> LocalDate.from(parsed).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The instant read by the first formatter that accepts the whole value. */
  private static Optional<Instant> firstParsed(
      List<DateTimeFormatter> formatters,
      String value,
      Function<TemporalAccessor, Instant> toInstant) {
    for (DateTimeFormatter formatter : formatters) {
      try {
        return Optional.of(toInstant.apply(formatter.parse(value)));
      } catch (DateTimeException e) {
        // not this shape; try the next
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern.replace("yyyy", "uuuu"))
        .toFormatter(java.util.Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
