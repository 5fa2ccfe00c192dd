package dev.newsdesk.bot.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the bot sends a subscriber unasked; each channel renders it in its own markup. */
public sealed interface Notice {

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
