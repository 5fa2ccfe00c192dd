package dev.newsdesk.bot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What an alert notice says about held-back alerts")
class NoticeTest {

  @Test
  @DisplayName("the count, the hourly limit and, when known, the hour they follow (UTC), in one sentence")
  void heldBackNote() {
    assertThat(new Notice.Alerts(List.of(), 3, Optional.of(Instant.parse("2026-11-30T14:05:31Z"))).heldBackNote())
        .contains("3 more alerts wait: you reached the hourly alert limit; they follow after 14:05 UTC.");
    assertThat(new Notice.Alerts(List.of(), 1, Optional.empty()).heldBackNote())
        .contains("1 more alert waits: you reached the hourly alert limit.");
    AlertItem item = new AlertItem("ferry strike", "Ferry crews strike", "Ferry News", Optional.empty(), Optional.empty(),
        "The crews announced a strike.");
    assertThat(new Notice.Alerts(List.of(item), 0, Optional.empty()).heldBackNote()).isEmpty();
  }
}
