package dev.newsdesk.bot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hostile clients for {@code load --adversarial}, each a thread that repeats its attack over raw
 * sockets until a deadline: slow headers (one byte, then silence), slow bodies (a byte every half
 * second), oversized bodies, malformed requests (broken JSON, punctuation floods, thousands of
 * distinct words, dates beyond the year 9999, megabyte conversation ids) and idle connections.
 * What the server answered is counted by kind and status line.
 */
final class Adversaries {

  private static final List<String> MALFORMED = List.of(
      post("/api/ask", "{\"question\": "),
      post("/api/ask", "{\"question\": \"Who?\", \"as_of\": \"+999999999-12-31T23:59:59Z\"}"),
      post("/api/ask", "{\"question\": \"Who?\", \"conversation_id\": \"" + "c".repeat(200_000) + "\"}"),
      get("/api/search?q=" + "%21%3F%2E".repeat(3_000)),
      get("/api/search?q=" + words(600)),
      "GARBAGE / HTTP/9.9\r\n\r\n",
      "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");

  private final InetSocketAddress server;
  private final long endNanos;
  private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final List<Thread> threads = new ArrayList<>();

  Adversaries(URI base, Duration duration) {
    this.server = new InetSocketAddress(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
    this.endNanos = System.nanoTime() + duration.toNanos();
  }

  /** Starts {@code each} threads of every kind. */
  void start(int each) {
    for (int i = 0; i < each; i++) {
      spawn("slow-header", this::slowHeader);
      spawn("slow-body", this::slowBody);
      spawn("oversized", this::oversized);
      spawn("malformed", this::malformed);
      spawn("idle", this::idle);
    }
  }

  /** Waits for every thread (each stops at the deadline) and returns the counts, e.g. {@code slow-body closed=12}. */
  Map<String, Long> finish() throws InterruptedException {
    for (Thread thread : threads) {
      thread.join(Duration.ofSeconds(30).toMillis());
    }
    Map<String, Long> counts = new TreeMap<>();
    outcomes.forEach((k, v) -> counts.put(k, v.get()));
    return counts;
  }

  private interface Attack {
    void once() throws IOException, InterruptedException;
  }

  private void spawn(String kind, Attack attack) {
    Thread thread = new Thread(() -> {
      while (!over()) {
        try {
          attack.once();
        } catch (IOException e) {
          count(kind + " " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "adversary-" + kind);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private void slowHeader() throws IOException, InterruptedException {
    try (Socket socket = open()) {
      socket.getOutputStream().write('G');
      count("slow-header " + answer(socket));
    }
  }

  private void slowBody() throws IOException, InterruptedException {
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
          .getBytes(StandardCharsets.ISO_8859_1));
      try {
        while (!over()) {
          Thread.sleep(500);
          out.write(' ');
          out.flush();
        }
        count("slow-body outlived the run");
      } catch (IOException closed) {
        count("slow-body cut off");
      }
    }
  }

  private void oversized() throws IOException, InterruptedException {
    try (Socket socket = open()) {
      byte[] body = new byte[4 << 20];
      java.util.Arrays.fill(body, (byte) 'x');
      try {
        socket.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().write(body);
      } catch (IOException refused) {
        // the server answered 413 and closed before the body was sent
      }
      count("oversized " + answer(socket));
    }
  }

  private void malformed() throws IOException, InterruptedException {
    for (String request : MALFORMED) {
      if (over()) {
        return;
      }
      try (Socket socket = open()) {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        count("malformed " + answer(socket));
      }
    }
  }

  private void idle() throws IOException, InterruptedException {
    try (Socket socket = open()) {
      count("idle " + answer(socket));
    }
  }

  private Socket open() throws IOException {
    Socket socket = new Socket();
    socket.connect(server, 5_000);
    socket.setSoTimeout(1_000);
    return socket;
  }

  /** The status line the server sent before closing, "closed" without one, or "held open" until the deadline. */
  private String answer(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder seen = new StringBuilder();
    byte[] buffer = new byte[256];
    while (true) {
      try {
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        seen.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        if (seen.indexOf("\r\n") > 0) {
          break;
        }
      } catch (java.net.SocketTimeoutException e) {
        if (over()) {
          return "held open";
        }
      } catch (IOException reset) {
        break;
      }
    }
    int eol = seen.indexOf("\r\n");
    return eol > 0 ? seen.substring(0, eol).replaceFirst("^HTTP/1\\.1 ", "") : "closed";
  }

  private boolean over() {
    return System.nanoTime() - endNanos >= 0;
  }

  private void count(String outcome) {
    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
  }

  private static String post(String path, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n" + json;
  }

  private static String get(String pathAndQuery) {
    return "GET " + pathAndQuery + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  }

  private static String words(int n) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < n; i++) {
      q.append(i == 0 ? "" : "%20").append("w").append(Integer.toString(i, 36));
    }
    return q.toString();
  }
}
