package dev.newsdesk.bot.http;

import dev.newsdesk.bot.config.ChannelSettings;
import io.undertow.Undertow;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;
import org.xnio.Options;
import org.xnio.XnioExecutor;

/**
 * The one HTTP server of Newsdesk: Undertow in front of a route table. Its I/O threads parse
 * requests and read bodies without blocking, so a slow client holds only its own connection; the
 * limits close connections whose headers or body do not arrive in time ({@link ServerLimits}).
 * Routes run on a bounded pool of workers; when every worker and queue slot is taken a request is
 * answered 503 at once. A stop lets requests in flight finish. Routes are matched by exact path.
 */
public final class NewsdeskServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NewsdeskServer.class);

  private final Undertow server;
  private final GracefulShutdownHandler shutdown;
  private final ThreadPoolExecutor workers;
  private final Semaphore admitted;
  private final RouteTable routes;
  private final ServerLimits limits;

  private NewsdeskServer(RouteTable routes, ServerLimits limits, ChannelSettings.Http http) {
    this.routes = routes;
    this.limits = limits;
    this.workers = workers(limits);
    this.admitted = new Semaphore(limits.workers() + limits.queue());
    // a client that asks "Expect: 100-continue" (curl, for bodies over 1 KiB) gets it when the body is read
    this.shutdown = new GracefulShutdownHandler(new HttpContinueReadHandler(this::receive));
    this.server = Undertow.builder()
        .addHttpListener(http.port(), http.host())
        .setIoThreads(2)
        .setWorkerThreads(2)
        // REQUEST_PARSE_TIMEOUT runs from the first byte of a request until its headers are parsed,
        // however slowly they trickle; NO_REQUEST_TIMEOUT closes a connection that sends nothing;
        // IDLE_TIMEOUT closes one on which nothing moves (Undertow's ParseTimeoutUpdater, IdleTimeoutConduit)
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(limits.headerTimeout()))
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(limits.idleTimeout()))
        .setServerOption(UndertowOptions.IDLE_TIMEOUT, millis(limits.idleTimeout()))
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) limits.maxBodyBytes())
        .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
        // beyond the high-water mark XNIO stops accepting until the count falls to the low-water mark
        .setSocketOption(Options.CONNECTION_HIGH_WATER, limits.maxConnections())
        .setSocketOption(Options.CONNECTION_LOW_WATER, Math.max(1, limits.maxConnections() * 9 / 10))
        .setHandler(shutdown)
        .build();
  }

  /** Starts listening on the configured host and port (port 0: any free port) with the given routes. */
  public static NewsdeskServer start(ChannelSettings.Http http, ServerLimits limits, List<Route> routes) {
    NewsdeskServer newsdesk = new NewsdeskServer(new RouteTable(routes), limits, http);
    try {
      newsdesk.server.start();
    } catch (RuntimeException e) {
      newsdesk.workers.shutdownNow();
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      throw new java.io.UncheckedIOException("cannot listen on " + http.host() + ":" + http.port() + ": "
          + cause.getMessage(), e.getCause() instanceof IOException io ? io : new IOException(e));
    }
    log.info("HTTP server listening on {}:{} for {}", http.host(), newsdesk.port(), newsdesk.routes.describe());
    return newsdesk;
  }

  /** The port the server listens on (useful when started on port 0). */
  public int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** Stops taking requests (503 meanwhile), lets those in flight finish within the grace period, then stops. */
  @Override
  public void close() {
    shutdown.shutdown();
    try {
      shutdown.awaitShutdown(limits.stopGrace().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop();
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

  /** On an I/O thread: finds the route, then reads the body without blocking, within the body deadline. */
  private void receive(HttpServerExchange exchange) {
    String method = exchange.getRequestMethod().toString();
    String path = exchange.getRequestPath();
    Optional<Route> route = routes.find(method, path);
    if (route.isEmpty()) {
      write(exchange, routes.missing(method, path));
      return;
    }
    if (exchange.getRequestContentLength() > limits.maxBodyBytes()) {
      exchange.setPersistent(false);
      write(exchange, tooLarge());
      return;
    }
    exchange.setMaxEntitySize(limits.maxBodyBytes());
    AtomicBoolean received = new AtomicBoolean();
    XnioExecutor.Key deadline = exchange.getIoThread().executeAfter(() -> {
      if (received.compareAndSet(false, true)) {
        log.debug("{} {} from {}: body not received within {}", method, path, exchange.getSourceAddress(),
            limits.bodyTimeout());
        IoUtils.safeClose(exchange.getConnection());
      }
    }, millis(limits.bodyTimeout()), TimeUnit.MILLISECONDS);
    exchange.getRequestReceiver().setMaxBufferSize(limits.maxBodyBytes());
    exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
      if (received.compareAndSet(false, true)) {
        deadline.remove();
        admit(ex, route.get(), body);
      }
    }, (ex, error) -> {
      if (received.compareAndSet(false, true)) {
        deadline.remove();
        if (error instanceof io.undertow.server.RequestTooBigException
            || error instanceof io.undertow.io.Receiver.RequestToLargeException) {
          ex.setPersistent(false);
          write(ex, tooLarge());
        } else {
          log.debug("{} {}: could not read the body: {}", method, path, error.getMessage());
          IoUtils.safeClose(ex.getConnection());
        }
      }
    });
  }

  /** Hands the request to a worker, or answers 503 at once when every worker and queue slot is taken. */
  private void admit(HttpServerExchange exchange, Route route, byte[] body) {
    if (!admitted.tryAcquire()) {
      write(exchange, InboundResponse.text(503, "Busy, please retry shortly.").withHeader("Retry-After", "2"));
      return;
    }
    exchange.dispatch(workers, ex -> {
      try {
        write(ex, handle(ex, route, body));
      } finally {
        admitted.release();
      }
    });
  }

  private InboundResponse handle(HttpServerExchange exchange, Route route, byte[] body) {
    InboundRequest request = new InboundRequest(route.method(), exchange.getRequestPath(),
        InboundRequest.parseForm(exchange.getQueryString()), headers(exchange), body,
        exchange.getSourceAddress().getAddress().getHostAddress());
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

  private static Map<String, List<String>> headers(HttpServerExchange exchange) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HeaderValues values : exchange.getRequestHeaders()) {
      headers.put(values.getHeaderName().toString(), List.copyOf(values));
    }
    return headers;
  }

  private static void write(HttpServerExchange exchange, InboundResponse response) {
    exchange.setStatusCode(response.status());
    response.headers().forEach((name, values) -> {
      if (name.equalsIgnoreCase("Connection") && values.contains("close")) {
        exchange.setPersistent(false);
      } else {
        values.forEach(v -> exchange.getResponseHeaders().add(new HttpString(name), v));
      }
    });
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, response.contentType());
    exchange.getResponseSender().send(response.body(), StandardCharsets.UTF_8, new IoCallback() {
      @Override
      public void onComplete(HttpServerExchange done, Sender sender) {
        IoCallback.END_EXCHANGE.onComplete(done, sender);
        response.afterSent().run();
      }

      @Override
      public void onException(HttpServerExchange failed, Sender sender, IOException e) {
        IoCallback.END_EXCHANGE.onException(failed, sender, e);
        response.afterSent().run();
      }
    });
  }

  private static ThreadPoolExecutor workers(ServerLimits limits) {
    AtomicInteger count = new AtomicInteger();
    // the admission semaphore bounds the queue to limits.queue(); the queue itself need not
    return new ThreadPoolExecutor(limits.workers(), limits.workers(), 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "newsdesk-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static int millis(java.time.Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }
}
