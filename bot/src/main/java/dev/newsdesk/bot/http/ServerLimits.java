package dev.newsdesk.bot.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How much the HTTP server takes on and for how long: worker threads, requests waiting for one, the
 * largest body read, how long a stop waits for requests in flight, and the timeouts that keep one
 * slow client from holding anything: the request line and headers must arrive within
 * {@code headerTimeout} of their first byte, the whole body within {@code bodyTimeout} of the
 * headers, a connection with no request is closed after {@code idleTimeout}, and at most
 * {@code maxConnections} are open at once (more wait in the operating system's backlog).
 */
public record ServerLimits(int workers, int queue, int maxBodyBytes, Duration stopGrace, Duration headerTimeout,
    Duration bodyTimeout, Duration idleTimeout, int maxConnections) {

  public ServerLimits {
    Objects.requireNonNull(stopGrace, "stopGrace");
    Objects.requireNonNull(headerTimeout, "headerTimeout");
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (workers < 1 || queue < 0 || maxBodyBytes < 1 || maxConnections < 1) {
      throw new IllegalArgumentException("workers, maxBodyBytes and maxConnections must be at least 1, queue at least 0");
    }
    if (!positive(headerTimeout) || !positive(bodyTimeout) || !positive(idleTimeout)) {
      throw new IllegalArgumentException("the header, body and idle timeouts must be positive");
    }
  }

  /** Limits with the default timeouts and connection count. */
  public ServerLimits(int workers, int queue, int maxBodyBytes, Duration stopGrace) {
    this(workers, queue, maxBodyBytes, stopGrace, Duration.ofSeconds(10), Duration.ofSeconds(20),
        Duration.ofSeconds(60), 1024);
  }

  /**
   * Eight workers, 64 waiting, 1 MiB bodies (chat payloads are far smaller), 5 s to stop; headers
   * within 10 s, bodies within 20 s, idle connections closed after 60 s, 1,024 connections.
   */
  public static ServerLimits defaults() {
    return new ServerLimits(8, 64, 1 << 20, Duration.ofSeconds(5));
  }

  /** The same limits with other timeouts. */
  public ServerLimits withTimeouts(Duration header, Duration body, Duration idle) {
    return new ServerLimits(workers, queue, maxBodyBytes, stopGrace, header, body, idle, maxConnections);
  }

  /** The same limits with another connection cap. */
  public ServerLimits withMaxConnections(int connections) {
    return new ServerLimits(workers, queue, maxBodyBytes, stopGrace, headerTimeout, bodyTimeout, idleTimeout,
        connections);
  }

  private static boolean positive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }
}
