package dev.newsdesk.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.config.ChannelSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Clients that send their request slowly must hold only their own connection, and not for long. */
@DisplayName("Slow clients on the one HTTP server")
class SlowClientsTest {

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  final List<Socket> sockets = new ArrayList<>();
  NewsdeskServer server;

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    if (server != null) {
      server.close();
    }
  }

  void start(ServerLimits limits) {
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), limits, List.of(
        Route.post("/api/ask", request -> InboundResponse.json(200, "{\"answer\":\"" + request.bodyText().length() + "\"}")),
        Route.get("/healthz", request -> InboundResponse.json(200, "{\"status\":\"ok\"}"))));
  }

  Socket open() throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    sockets.add(socket);
    return socket;
  }

  HttpResponse<String> ask() throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ask"))
        .timeout(Duration.ofSeconds(1)).POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"hi\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits (at most the socket's timeout) until the server closes the connection; returns what it sent. */
  static String untilClosed(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder sent = new StringBuilder();
    byte[] buffer = new byte[512];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        sent.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept the slow connection open", e);
    } catch (IOException reset) {
      // a reset is a close too
    }
    return sent.toString();
  }

  @Test
  @DisplayName("a connection that sends one byte and waits does not stop others, and is closed after the header timeout")
  void slowHeader() throws Exception {
    start(ServerLimits.defaults().withTimeouts(Duration.ofMillis(800), Duration.ofSeconds(5), Duration.ofSeconds(30)));
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Socket socket = open();
      socket.getOutputStream().write('G');
      socket.getOutputStream().flush();
      slow.add(socket);
    }

    long start = System.nanoTime();
    HttpResponse<String> answered = ask();
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(tookMs).isLessThan(1000);
    for (Socket socket : slow) {
      untilClosed(socket);
    }
  }

  @Test
  @DisplayName("a connection that opens and sends nothing is closed after the idle timeout")
  void silentConnection() throws Exception {
    start(ServerLimits.defaults().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(800)));
    Socket silent = open();

    assertThat(ask().statusCode()).isEqualTo(200);
    untilClosed(silent);
  }

  @Test
  @DisplayName("more slow bodies than workers do not stop others, and each is cut off at the body deadline")
  void slowBodies() throws Exception {
    start(new ServerLimits(2, 2, 1 << 20, Duration.ofSeconds(1))
        .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1200), Duration.ofSeconds(30)));
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Socket socket = open();
      socket.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
          .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      slow.add(socket);
    }
    Thread trickle = trickle(slow);

    long start = System.nanoTime();
    HttpResponse<String> answered = ask();
    long tookMs = (System.nanoTime() - start) / 1_000_000;

    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(tookMs).isLessThan(1000);
    for (Socket socket : slow) {
      assertThat(untilClosed(socket)).doesNotContain("200 OK");
    }
    trickle.interrupt();
  }

  @Test
  @DisplayName("a client that expects 100-continue gets it at once, then its answer")
  void expectContinue() throws Exception {
    start(ServerLimits.defaults());
    Socket socket = open();
    socket.setSoTimeout(2_000);
    socket.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
        + "Content-Length: 5\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    byte[] first = new byte[25];
    int n = socket.getInputStream().read(first);
    assertThat(new String(first, 0, n, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 100");
    socket.getOutputStream().write("hello".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(untilClosed(socket)).contains("200 OK").contains("{\"answer\":\"5\"}");
  }

  /** Sends one more body byte on each socket every 200 ms, for at most ten seconds. */
  private static Thread trickle(List<Socket> sockets) {
    Thread thread = new Thread(() -> {
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
        for (Socket socket : sockets) {
          try {
            OutputStream out = socket.getOutputStream();
            out.write(' ');
            out.flush();
          } catch (IOException closed) {
            // the server cut it off
          }
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "trickle");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
