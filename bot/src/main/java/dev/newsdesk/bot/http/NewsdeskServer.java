package dev.newsdesk.bot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsdesk.bot.config.ChannelSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server of Newsdesk: the JDK's server in front of a route table, with a bounded pool
 * of workers, a request size limit and a graceful stop. Routes are matched by exact path.
 */
public final class NewsdeskServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NewsdeskServer.class);

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final RouteTable routes;
  private final ServerLimits limits;
  private final InFlight inFlight = new InFlight();

  private NewsdeskServer(HttpServer server, ThreadPoolExecutor workers, RouteTable routes, ServerLimits limits) {
    this.server = server;
    this.workers = workers;
    this.routes = routes;
    this.limits = limits;
  }

  /** Starts listening on the configured host and port (port 0: any free port) with the given routes. */
  public static NewsdeskServer start(ChannelSettings.Http http, ServerLimits limits, List<Route> routes) {
    // the JDK server writes headers and body separately; with Nagle's algorithm on, the body then
    // waits for the client's delayed ACK (about 40 ms on Linux) on every keep-alive response
    System.setProperty("sun.net.httpserver.nodelay", "true");
    RouteTable table = new RouteTable(routes);
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(http.host(), http.port()), 0);
      NewsdeskServer newsdesk = new NewsdeskServer(server, workers(limits), table, limits);
      // the handler runs on the server's own dispatcher thread only long enough to hand the
      // exchange to a worker, so a full pool can still be answered with 503 at once
      server.createContext("/", newsdesk::dispatch);
      server.start();
      log.info("HTTP server listening on {}:{} for {}", http.host(), newsdesk.port(), table.describe());
      return newsdesk;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + http.host() + ":" + http.port() + ": " + e.getMessage(), e);
    }
  }

  /** The port the server listens on (useful when started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops taking requests, lets those in flight finish within the grace period, then stops the workers. */
  @Override
  public void close() {
    // the JDK 17 server's stop(delay) always waits the whole delay, so wait for requests in flight here
    inFlight.closeAndAwait(limits.stopGrace());
    server.stop(0);
    workers.shutdown();
    try {
      if (!workers.awaitTermination(limits.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void dispatch(HttpExchange exchange) {
    if (!inFlight.enter()) {
      write(exchange, InboundResponse.text(503, "Shutting down.").withHeader("Connection", "close"));
      return;
    }
    try {
      workers.execute(() -> {
        try {
          serve(exchange);
        } finally {
          inFlight.leave();
        }
      });
    } catch (RejectedExecutionException e) {
      inFlight.leave();
      write(exchange, InboundResponse.text(503, "Busy, please retry shortly.").withHeader("Retry-After", "2"));
    }
  }

  private void serve(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    try {
      InboundResponse response = routes.find(method, path)
          .map(route -> readAndHandle(exchange, route))
          .orElseGet(() -> routes.missing(method, path));
      write(exchange, response);
    } catch (RuntimeException e) {
      log.error("{} {} failed", method, path, e);
      write(exchange, InboundResponse.text(500, "Something went wrong on our side."));
    }
  }

  private InboundResponse readAndHandle(HttpExchange exchange, Route route) {
    long declared = parseLength(exchange.getRequestHeaders().getFirst("Content-Length"));
    if (declared > limits.maxBodyBytes()) {
      return tooLarge();
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(limits.maxBodyBytes() + 1);
    } catch (IOException e) {
      return InboundResponse.text(400, "Could not read the request.");
    }
    if (body.length > limits.maxBodyBytes()) {
      return tooLarge();
    }
    InboundRequest request = new InboundRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        InboundRequest.parseForm(exchange.getRequestURI().getRawQuery()), Map.copyOf(exchange.getRequestHeaders()),
        body, exchange.getRemoteAddress().getAddress().getHostAddress());
    try {
      return route.handler().handle(request);
    } catch (Exception e) {
      log.error("{} {} failed", route.method(), route.path(), e);
      return InboundResponse.text(500, "Something went wrong on our side.");
    }
  }

  private InboundResponse tooLarge() {
    return InboundResponse.text(413, "The request is larger than " + limits.maxBodyBytes() + " bytes.");
  }

  private static long parseLength(String value) {
    try {
      return value == null ? -1 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void write(HttpExchange exchange, InboundResponse response) {
    try (exchange) {
      byte[] bytes = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      response.headers().forEach((name, values) -> values.forEach(v -> exchange.getResponseHeaders().add(name, v)));
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (IOException e) {
      log.debug("client went away before the response was written: {}", e.getMessage());
    }
  }

  private static ThreadPoolExecutor workers(ServerLimits limits) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(limits.workers(), limits.workers(), 60, TimeUnit.SECONDS,
        limits.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(limits.queue()), runnable -> {
          Thread thread = new Thread(runnable, "newsdesk-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Counts requests being served, so a stop can wait for them and refuse new ones. */
  private static final class InFlight {
    private int count;
    private boolean closed;

    synchronized boolean enter() {
      if (closed) {
        return false;
      }
      count++;
      return true;
    }

    synchronized void leave() {
      count--;
      notifyAll();
    }

    synchronized void closeAndAwait(java.time.Duration grace) {
      closed = true;
      long deadline = System.nanoTime() + grace.toNanos();
      try {
        while (count > 0 && System.nanoTime() < deadline) {
          wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The routes by method and path; answers 404 and 405 for what it does not hold. */
  private record RouteTable(List<Route> routes) {
    RouteTable {
      routes = List.copyOf(routes);
      List<String> seen = new ArrayList<>();
      for (Route route : routes) {
        String key = route.method() + " " + route.path();
        if (seen.contains(key)) {
          throw new IllegalArgumentException("two routes for " + key);
        }
        seen.add(key);
      }
    }

    java.util.Optional<Route> find(String method, String path) {
      return routes.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).findFirst();
    }

    InboundResponse missing(String method, String path) {
      List<String> allowed = routes.stream().filter(r -> r.path().equals(path)).map(Route::method).toList();
      if (allowed.isEmpty()) {
        return InboundResponse.text(404, "Not found.");
      }
      return InboundResponse.text(405, method + " is not allowed here.").withHeader("Allow", String.join(", ", allowed));
    }

    String describe() {
      return routes.stream().map(r -> r.method() + " " + r.path()).toList().toString();
    }
  }
}
