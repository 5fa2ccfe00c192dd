package dev.newsdesk.bot.channel.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which Slack messages were already taken, for a while, so that Slack's retries of an
 * event (and the same message arriving as two events) never produce a second answer.
 */
final class SeenMessages {

  private final Duration keep;
  private final int capacity;
  private final Clock clock;
  private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

  SeenMessages(Duration keep, int capacity, Clock clock) {
    this.keep = keep;
    this.capacity = capacity;
    this.clock = clock;
  }

  /** True the first time a key is offered within the keeping period; false for a repeat. */
  synchronized boolean firstTime(String key) {
    long now = clock.millis();
    forgetOld(now);
    if (seen.containsKey(key)) {
      return false;
    }
    seen.put(key, now);
    if (seen.size() > capacity) {
      seen.remove(seen.keySet().iterator().next());
    }
    return true;
  }

  private void forgetOld(long now) {
    Iterator<Map.Entry<String, Long>> oldest = seen.entrySet().iterator();
    while (oldest.hasNext() && now - oldest.next().getValue() > keep.toMillis()) {
      oldest.remove();
    }
  }
}
