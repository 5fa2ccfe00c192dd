package dev.newsdesk.bot.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads an API date: {@code yyyy-mm-dd} means the end of that day (UTC); an instant is taken as is.
 * Dates outside the years 0001–9999 are refused: the index keeps instants as epoch milliseconds, and
 * ISO 8601 needs an agreement beyond four-digit years.
 */
final class ApiDates {

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private ApiDates() {}

  /** The instant {@code text} names; throws a bad request naming {@code field} when it is not a date in range. */
  static Instant endOf(String field, String text) {
    Instant instant;
    try {
      if (text.length() == 10) {
        instant = LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
      } else {
        instant = Instant.parse(text);
      }
    } catch (DateTimeException e) {
      throw new ApiRoutes.BadRequest(field + " must be yyyy-mm-dd or an ISO instant, was '" + shown(text) + "'");
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new ApiRoutes.BadRequest(field + " must lie between 0001-01-01 and 9999-12-31, was '" + shown(text) + "'");
    }
    return instant;
  }

  private static String shown(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
