package dev.newsdesk.retrieval.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the many ways inputs write a publication date into one {@link Instant}.
 *
 * <p>Understood: ISO instants, offset and zoned date-times, local date-times and dates (also with a
 * space instead of {@code T}, or slashes), RFC 1123 / RFC 822 as feeds write them, "February 24,
 * 2025", "Feb. 24, 2025", "24 February 2025" (optionally after a weekday), and epoch seconds or
 * milliseconds. A date without a time is midnight UTC; a date-time without a zone is taken as UTC.
 * The whole string must be a date: "Updated Feb 24" is not one.
 */
public final class DateParser {

  /** 1973: smaller numbers are not publication dates. */
  private static final long EARLIEST_EPOCH_SECONDS = 100_000_000L;
  private static final long EARLIEST_EPOCH_MILLIS = 100_000_000_000L;
  private static final long LATEST_EPOCH_MILLIS = 100_000_000_000_000L;

  private static final Pattern EPOCH = Pattern.compile("\\d{9,14}(\\.\\d+)?");
  private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+(?=\\d|[a-z])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_ABBREVIATION_DOT =
      Pattern.compile(
          "\\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.", Pattern.CASE_INSENSITIVE);
  /** RFC 822 allows two-digit years ("24 Feb 25 13:45"); they are this century's. */
  private static final Pattern TWO_DIGIT_YEAR =
      Pattern.compile("^(\\d{1,2} [A-Za-z]{3}) (\\d{2}) (?=\\d{1,2}:)");
  private static final Pattern SEPT = Pattern.compile("\\bsept\\b", Pattern.CASE_INSENSITIVE);

  /** Formatters that carry a zone or offset. */
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_ZONED_DATE_TIME,
          english("yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX"),
          DateTimeFormatter.RFC_1123_DATE_TIME,
          english("[EEE, ]d MMM yyyy HH:mm[:ss] z"));

  /** Formatters without a zone, read as UTC. */
  private static final List<DateTimeFormatter> LOCAL_DATE_TIMES =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, english("yyyy/MM/dd HH:mm[:ss]"));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          english("yyyy/MM/dd"),
          english("MMMM d[,] yyyy"),
          english("MMM d[,] yyyy"),
          english("d MMMM[,] yyyy"),
          english("d MMM[,] yyyy"));

  private DateParser() {}

  /** The instant this text names, or empty when it is not a date this parser knows. */
  public static Optional<Instant> parse(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (EPOCH.matcher(value).matches()) {
      return fromEpoch((long) Double.parseDouble(value));
    }
    String normalised = normalise(value);
    return parseZoned(normalised)
        .or(() -> parseLocalDateTime(normalised))
        .or(() -> parseDate(normalised));
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
    String v = SPACE_BEFORE_TIME.matcher(value).replaceFirst("$1T$2");
    v = WEEKDAY.matcher(v).replaceFirst("");
    v = MONTH_ABBREVIATION_DOT.matcher(v).replaceAll("$1");
    v = SEPT.matcher(v).replaceAll("Sep");
    v = TWO_DIGIT_YEAR.matcher(v).replaceFirst("$1 20$2 ");
    return v.replaceAll("\\s+", " ").replaceFirst(" UT$", " GMT");
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
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
