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
  void should_read_small_epoch_numbers_as_seconds_and_large_ones_as_millis() {
    assertThat(DateParser.fromEpoch(1_740_404_700L))
        .contains(Instant.parse("2025-02-24T13:45:00Z"));
    assertThat(DateParser.fromEpoch(1_740_404_700_000L))
        .contains(Instant.parse("2025-02-24T13:45:00Z"));
    assertThat(DateParser.fromEpoch(7L)).isEmpty();
  }
}
