package dev.newsdesk.bot.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How much the HTTP server takes on: worker threads, requests waiting for one, the largest body
 * read, and how long a stop waits for requests in flight.
 */
public record ServerLimits(int workers, int queue, int maxBodyBytes, Duration stopGrace) {

  public ServerLimits {
    Objects.requireNonNull(stopGrace, "stopGrace");
    if (workers < 1 || queue < 0 || maxBodyBytes < 1) {
      throw new IllegalArgumentException("workers and maxBodyBytes must be at least 1, queue at least 0");
    }
  }

  /** Eight workers, 64 waiting, 1 MiB bodies (chat payloads are far smaller), 5 s to stop. */
  public static ServerLimits defaults() {
    return new ServerLimits(8, 64, 1 << 20, Duration.ofSeconds(5));
  }
}
