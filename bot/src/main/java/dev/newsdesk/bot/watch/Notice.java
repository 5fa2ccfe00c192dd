package dev.newsdesk.bot.watch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the bot sends a subscriber unasked; each channel renders it in its own markup. */
public sealed interface Notice {

  /** The hour held-back alerts resume at, in UTC: "14:00 UTC". */
  DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm 'UTC'");

  /**
   * New articles about followed topics, numbered {@code [1]}, {@code [2]} … in order; {@code
   * heldBack} more wait because the hourly cap was reached, until {@code resumesAt}.
   */
  record Alerts(List<AlertItem> items, int heldBack, Optional<Instant> resumesAt) implements Notice {
    public Alerts {
      items = List.copyOf(items);
      Objects.requireNonNull(resumesAt, "resumesAt");
      if (items.isEmpty() && heldBack == 0) {
        throw new IllegalArgumentException("an alert carries at least one article or says what was held back");
      }
    }

    /**
     * The plain sentence every channel shows, in its own emphasis, when alerts were held back: "3 more
     * alerts wait: you reached the hourly alert limit; they follow after 14:00 UTC."; empty when none were.
     */
    public Optional<String> heldBackNote() {
      if (heldBack <= 0) {
        return Optional.empty();
      }
      return Optional.of(heldBack + (heldBack == 1 ? " more alert waits" : " more alerts wait")
          + ": you reached the hourly alert limit"
          + resumesAt.map(t -> "; they follow after " + HOUR.format(t.atZone(ZoneOffset.UTC))).orElse("") + ".");
    }
  }

  /**
   * The day's stories: each with one or two sentences quoted from its articles, the sources they
   * cite (numbered across the briefing from 1) and how many outlets covered it.
   */
  record Briefing(LocalDate day, List<String> topics, List<BriefingStory> stories) implements Notice {
    public Briefing {
      Objects.requireNonNull(day, "day");
      topics = List.copyOf(topics);
      stories = List.copyOf(stories);
    }
  }
}
