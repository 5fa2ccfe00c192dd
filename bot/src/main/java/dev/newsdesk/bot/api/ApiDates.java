package dev.newsdesk.bot.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads an API date: {@code yyyy-mm-dd} means the end of that day (UTC); an instant is taken as is. */
final class ApiDates {

  private ApiDates() {}

  static Instant endOf(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new ApiRoutes.BadRequest("as_of must be yyyy-mm-dd or an ISO instant, was '" + text + "'");
    }
  }
}
