package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.search.TimeScope;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The dates a note names")
class ScopeNoteTest {

  private static String days(String from, String to) {
    return ScopeNote.days(new TimeScope(Instant.parse(from), Instant.parse(to), "expression"));
  }

  @Test
  @DisplayName("calendar days by their dates")
  void calendarDays() {
    assertThat(days("2026-11-30T00:00:00Z", "2026-12-01T00:00:00Z")).isEqualTo("30 November 2026");
    assertThat(days("2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z")).isEqualTo("1 June 2026 to 30 June 2026");
  }

  @Test
  @DisplayName("a rolling window up to now by its length, with no clock time; a long one by its dates")
  void rollingWindows() {
    assertThat(days("2026-11-26T13:31:00Z", "2026-12-03T13:31:00Z")).isEqualTo("the past 7 days");
    assertThat(days("2026-12-02T13:31:00Z", "2026-12-03T13:31:00Z")).isEqualTo("the past 24 hours");
    assertThat(days("2019-08-12T23:59:00Z", "2022-08-12T23:59:00Z")).isEqualTo("12 August 2019 to 12 August 2022");
  }
}
