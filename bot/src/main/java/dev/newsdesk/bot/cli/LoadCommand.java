package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.retrieval.eval.Percentiles;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk load}: a closed-loop load test of a running {@code serve} over loopback. For each
 * concurrency level, that many clients ask questions back to back for a while; it reports questions
 * per second and latency, the most sustained with p99 at most the target, and the server's
 * resident memory when its process id is given.
 *
 * <p>With {@code --adversarial} it is a soak test instead: the normal clients run once alone (the
 * quiet figure) and once beside slow-header, slow-body, oversized, malformed and idle clients
 * ({@link Adversaries}), for {@code --seconds} each, and it reports both latencies, the ratio of
 * the p99s and the normal clients' errors; it exits 1 when p99 rose beyond twice the quiet one or
 * a normal client saw an error.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Load-test a running 'newsdesk serve' through POST /api/ask.")
final class LoadCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The server (default: ${DEFAULT-VALUE}).")
  private String url;

  @Option(names = "--questions", required = true, paramLabel = "FILE", description = "JSON Lines with a \"question\" field.")
  private Path questions;

  @Option(names = "--concurrency", split = ",", defaultValue = "1,2,4,8,16", description = "Client counts to try (default: ${DEFAULT-VALUE}).")
  private List<Integer> levels;

  @Option(names = "--seconds", defaultValue = "20", description = "Seconds per level (default: ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(names = "--target-p99-ms", defaultValue = "500", description = "Latency target (default: ${DEFAULT-VALUE}).")
  private double target;

  @Option(names = "--pid", description = "The server's process id, to report its resident memory (Linux).")
  private Long pid;

  @Option(names = "--adversarial", description = "Soak test: normal clients alone, then beside hostile ones.")
  private boolean adversarial;

  @Option(names = "--clients", defaultValue = "4", description = "Normal clients of --adversarial (default: ${DEFAULT-VALUE}).")
  private int normalClients;

  @Option(names = "--hostile-per-kind", defaultValue = "4",
      description = "Hostile clients of each kind for --adversarial (default: ${DEFAULT-VALUE}).")
  private int hostilePerKind;

  @Override
  public Integer call() throws Exception {
    List<String> bodies = bodies();
    PrintStream out = parent.context().out();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    if (adversarial) {
      return soak(client, bodies, out);
    }
    double best = 0;
    for (int clients : levels) {
      Level level = run(client, bodies, clients);
      out.printf(Locale.ROOT, "%3d clients: %7.1f questions/s, p50 %6.1f ms, p99 %6.1f ms, %d errors%n",
          clients, level.perSecond(), level.p50(), level.p99(), level.errors());
      if (level.errors() == 0 && level.p99() <= target) {
        best = Math.max(best, level.perSecond());
      }
    }
    out.printf(Locale.ROOT, "Sustained: %.1f questions/s with p99 <= %.0f ms%n", best, target);
    if (pid != null) {
      out.println("Server resident memory: " + residentMemory(pid));
    }
    return 0;
  }

  private int soak(HttpClient client, List<String> bodies, PrintStream out) throws InterruptedException {
    Level quiet = run(client, bodies, normalClients);
    print(out, "quiet", quiet);
    Adversaries hostile = new Adversaries(URI.create(url), Duration.ofSeconds(seconds));
    hostile.start(hostilePerKind);
    Level attacked = run(client, bodies, normalClients);
    Map<String, Long> outcomes = hostile.finish();
    print(out, "adversarial (" + 5 * hostilePerKind + " hostile clients)", attacked);
    double ratio = quiet.p99() > 0 ? attacked.p99() / quiet.p99() : Double.NaN;
    out.printf(Locale.ROOT, "p99 ratio adversarial/quiet: %.2f (target <= 2), normal-client errors: %d%n", ratio,
        attacked.errors());
    out.println("hostile clients, by what the server did:");
    outcomes.forEach((outcome, count) -> out.printf(Locale.ROOT, "  %-44s %6d%n", outcome, count));
    return attacked.errors() == 0 && quiet.errors() == 0 && ratio <= 2 ? 0 : 1;
  }

  private void print(PrintStream out, String label, Level level) {
    out.printf(Locale.ROOT, "%-40s %3d clients: %7.1f questions/s, p50 %6.1f ms, p99 %6.1f ms, %d errors%n",
        label, normalClients, level.perSecond(), level.p50(), level.p99(), level.errors());
  }

  /** What one concurrency level measured. */
  private record Level(double perSecond, double p50, double p99, int errors) {}

  private Level run(HttpClient client, List<String> bodies, int clients) throws InterruptedException {
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.execute(() -> {
        while (System.nanoTime() < end) {
          String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
          long start = System.nanoTime();
          try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/ask"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          latencies.add((System.nanoTime() - start) / 1e6);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Level(sorted.length / (double) seconds, Percentiles.of(sorted, 50), Percentiles.of(sorted, 99), errors.get());
  }

  private List<String> bodies() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(questions)) {
      if (!line.isBlank() && json.readTree(line).hasNonNull("question")) {
        out.add(json.writeValueAsString(Map.of("question", json.readTree(line).get("question").asText())));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(questions + " holds no line with a \"question\"");
    }
    return out;
  }

  private static String residentMemory(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return line.substring(6).strip();
      }
    }
    return "unknown";
  }
}
