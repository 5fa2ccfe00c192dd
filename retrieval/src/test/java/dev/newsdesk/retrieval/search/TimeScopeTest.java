package dev.newsdesk.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A time scope's calendar shape")
class TimeScopeTest {

  private static TimeScope scope(String from, String to) {
    return new TimeScope(Instant.parse(from), Instant.parse(to), "test");
  }

  @Test
  @DisplayName("one UTC day, midnight to midnight or within it, is a single day; a rolling 24 hours is not")
  void singleDay() {
    assertThat(scope("2026-07-09T00:00:00Z", "2026-07-10T00:00:00Z").singleDay()).isTrue();
    assertThat(scope("2026-07-09T00:00:00Z", "2026-07-09T12:00:00Z").singleDay()).isTrue();
    assertThat(scope("2026-07-09T13:31:00Z", "2026-07-10T13:31:00Z").singleDay()).isFalse();
    assertThat(scope("2026-07-09T00:00:00Z", "2026-07-11T00:00:00Z").singleDay()).isFalse();
  }

  @Test
  @DisplayName("1 January to 1 January (UTC) is a whole year; a year to date or a rolling year is not")
  void wholeYear() {
    assertThat(scope("2019-01-01T00:00:00Z", "2020-01-01T00:00:00Z").wholeYear()).isTrue();
    assertThat(scope("2019-01-01T00:00:00Z", "2019-07-01T00:00:00Z").wholeYear()).isFalse();
    assertThat(scope("2019-03-01T00:00:00Z", "2020-03-01T00:00:00Z").wholeYear()).isFalse();
  }
}
