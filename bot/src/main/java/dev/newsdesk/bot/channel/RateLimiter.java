package dev.newsdesk.bot.channel;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-user token bucket: each user may ask {@code burst} questions at once, and gains back
 * {@code perMinute} questions a minute. Shared by all chat channels; thread-safe.
 */
public final class RateLimiter {

  private final double perMinute;
  private final int burst;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perMinute, int burst, Clock clock) {
    if (!(perMinute > 0) || burst < 1) {
      throw new IllegalArgumentException("perMinute must be above 0 and burst at least 1");
    }
    this.perMinute = perMinute;
    this.burst = burst;
    this.clock = clock;
  }

  /** Takes one question from the user's bucket; false when it is empty. */
  public boolean tryAcquire(String user) {
    long now = clock.millis();
    Bucket bucket = buckets.compute(user, (u, b) -> (b == null ? new Bucket(burst, now) : b.refilled(now)));
    synchronized (bucket) {
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
      }
      return false;
    }
  }

  /** How long until the user may ask again (zero if now). */
  public Duration retryAfter(String user) {
    Bucket bucket = buckets.get(user);
    if (bucket == null) {
      return Duration.ZERO;
    }
    synchronized (bucket) {
      double missing = Math.max(0, 1 - bucket.refilled(clock.millis()).tokens);
      return Duration.ofMillis((long) Math.ceil(missing * 60_000 / perMinute));
    }
  }

  /** One user's bucket; mutated only under its own lock. */
  private final class Bucket {
    private double tokens;
    private long updatedMillis;

    Bucket(double tokens, long updatedMillis) {
      this.tokens = tokens;
      this.updatedMillis = updatedMillis;
    }

    synchronized Bucket refilled(long now) {
      double gained = (now - updatedMillis) * perMinute / 60_000.0;
      tokens = Math.min(burst, tokens + gained);
      updatedMillis = now;
      return this;
    }
  }
}
