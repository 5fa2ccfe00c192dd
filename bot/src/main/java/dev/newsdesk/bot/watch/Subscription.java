package dev.newsdesk.bot.watch;

import java.util.Objects;
import java.util.Optional;

/** A standing query: a topic, optionally only from one outlet, followed by one subscriber. */
public record Subscription(long id, Subscriber subscriber, String topic, Optional<String> outlet) {

  public Subscription {
    Objects.requireNonNull(subscriber, "subscriber");
    Objects.requireNonNull(outlet, "outlet");
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("a followed topic must not be blank");
    }
  }

  /** The topic as the subscriber sees it: {@code harbor bridge} or {@code harbor bridge from Harbor Gazette}. */
  public String label() {
    return topic + outlet.map(o -> " from " + o).orElse("");
  }
}
