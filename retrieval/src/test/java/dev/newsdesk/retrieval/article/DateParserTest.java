package dev.newsdesk.retrieval.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("DateParser")
class DateParserTest {

  @Nested
  @DisplayName("reads")
  class Reads {

    @ParameterizedTest(name = "\"{0}\" as {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2025-02-24T13:45:00Z               | 2025-02-24T13:45:00Z",
          "2025-02-24T13:45:00.123Z           | 2025-02-24T13:45:00.123Z",
          "2025-02-24T14:45:00+01:00          | 2025-02-24T13:45:00Z",
          "2025-02-24T14:45:00+0100           | 2025-02-24T13:45:00Z",
          "2025-02-24T13:45:00                | 2025-02-24T13:45:00Z",
          "2025-02-24 13:45:00                | 2025-02-24T13:45:00Z",
          "2025-02-24                         | 2025-02-24T00:00:00Z",
          "2025/02/24                         | 2025-02-24T00:00:00Z",
          "'Mon, 24 Feb 2025 13:45:00 GMT'    | 2025-02-24T13:45:00Z",
          "'Mon, 24 Feb 2025 14:45:00 +0100'  | 2025-02-24T13:45:00Z",
          "'24 Feb 2025 13:45 UT'             | 2025-02-24T13:45:00Z",
          "'Mon, 24 Feb 25 13:45:00 +0000'    | 2025-02-24T13:45:00Z",
          "'February 24, 2025'                | 2025-02-24T00:00:00Z",
          "'Feb. 24, 2025'                    | 2025-02-24T00:00:00Z",
          "'Sept. 3, 2024'                    | 2024-09-03T00:00:00Z",
          "'Monday, February 24, 2025'        | 2025-02-24T00:00:00Z",
          "'24 February 2025'                 | 2025-02-24T00:00:00Z",
          "'24 Feb 2025'                      | 2025-02-24T00:00:00Z",
          "1740404700                         | 2025-02-24T13:45:00Z",
          "1740404700000                      | 2025-02-24T13:45:00Z",
          "'8/21/2026 9:00:00 AM'             | 2026-08-21T09:00:00Z",
          "'8/21/2026 9:00:00 PM'             | 2026-08-21T21:00:00Z",
          "'Aug 15, 2026'                     | 2026-08-15T00:00:00Z",
          "'Mar 24, 2026'                     | 2026-03-24T00:00:00Z",
          "'Mo, 22 Jun 2026 11:41:36'         | 2026-06-22T11:41:36Z",
          "'2026/6/29 15:07:41'               | 2026-06-29T15:07:41Z",
          "'2026-03-17T12:44:00 00:00'        | 2026-03-17T12:44:00Z",
          "'2026-03-17T12:44:00 01:00'        | 2026-03-17T11:44:00Z",
          "'ma, 05 okt 2026 10:00:00 +0200'   | 2026-10-05T08:00:00Z",
          "'5 de octubre de 2026'             | 2026-10-05T00:00:00Z",
          "'mar, 24 mar 2026'                 | 2026-03-24T00:00:00Z",
          "'3. März 2026'                     | 2026-03-03T00:00:00Z",
          "'20/11/2026'                       | 2026-11-20T00:00:00Z",
          "'07/07/2026'                       | 2026-07-07T00:00:00Z",
          "'3 mars 2026 à 10h15'              | 2026-03-03T10:15:00Z",
          "'4. Mai 2026 um 9.30 Uhr'          | 2026-05-04T09:30:00Z",
        })
    void every_supported_shape(String text, String expected) {
      assertThat(DateParser.parse(text)).contains(Instant.parse(expected));
    }
  }

  @Nested
  @DisplayName("finds no date in")
  class Rejects {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "", "   ", "yesterday", "Updated Feb 24", "2025", "By Jane Roe", "42", "2025-13-01",
          "2025-02-30", "32 February 2025"
        })
    void text_that_is_not_a_whole_date(String text) {
      assertThat(DateParser.parse(text)).isEmpty();
    }
  }

  @Test
  void should_not_invent_a_date_when_day_and_month_could_be_either_way() {
    DateReading reading = DateParser.read("05/06/2026");

    assertThat(reading.instant()).isEmpty();
    assertThat(reading.problem())
        .contains("ambiguous date \"05/06/2026\" (day and month could be either way)");
  }

  @Test
  void should_quote_an_unreadable_date() {
    assertThat(DateParser.read("sometime last week").problem())
        .contains("unreadable date \"sometime last week\"");
  }

  @Test
  void should_read_small_epoch_numbers_as_seconds_and_large_ones_as_millis() {
    assertThat(DateParser.fromEpoch(1_740_404_700L))
        .contains(Instant.parse("2025-02-24T13:45:00Z"));
    assertThat(DateParser.fromEpoch(1_740_404_700_000L))
        .contains(Instant.parse("2025-02-24T13:45:00Z"));
    assertThat(DateParser.fromEpoch(7L)).isEmpty();
  }
}
