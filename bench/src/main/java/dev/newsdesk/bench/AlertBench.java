package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.watch.Notice;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.Watch;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Followed topics under load: ingest throughput of a corpus with 0 and with N standing queries (the
 * matcher runs beside ingest, off its path), and the latency from an ingest's commit to the
 * alert's receipt by a recording sender (in-process, so the figure is Newsdesk's own: matching,
 * the outbox, delivery rounds). Articles are dated now, so none is a back-fill; BM25 retrieval
 * ({@code embedding.provider: none}) so the figures measure the matcher, not the embedding model.
 *
 * <pre>java -cp bench/target/newsdesk-bench.jar dev.newsdesk.bench.AlertBench CORPUS.jsonl [ARTICLES] [TOPICS] [SAMPLES]</pre>
 */
public final class AlertBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COMMIT_EVERY = 50; // articles per ingest call, as a feed poll commits

  private AlertBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int topics = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int samples = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    List<Article> news = read(corpus, articles);
    List<String> standing = topics(news, topics);
    double base = run(news, List.of(), 0).throughput();
    Run loaded = run(news, standing, samples);
    System.out.printf(Locale.ROOT, "articles %d, commits of %d, standing queries %d%n", news.size(), COMMIT_EVERY, standing.size());
    System.out.printf(Locale.ROOT, "ingest with 0 standing queries:     %.1f articles/s%n", base);
    System.out.printf(Locale.ROOT, "ingest with %d standing queries: %.1f articles/s (%.1f%% of the first)%n",
        standing.size(), loaded.throughput(), 100 * loaded.throughput() / base);
    System.out.printf(Locale.ROOT, "matching caught up %.1f s after the ingest returned%n", loaded.drainSeconds());
    System.out.printf(Locale.ROOT, "alert latency commit -> receipt over %d alerts: p50 %.0f ms, p99 %.0f ms%n",
        loaded.latencies().size(), percentile(loaded.latencies(), 50), percentile(loaded.latencies(), 99));
  }

  private record Run(double throughput, double drainSeconds, List<Long> latencies) {}

  private static Run run(List<Article> news, List<String> standing, int samples) throws Exception {
    Path home = Files.createTempDirectory("newsdesk-alert-bench");
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ALERTS_BATCH_SECONDS", "0",
        "NEWSDESK_ALERTS_MAX_PER_HOUR", "1000000", "NEWSDESK_ALERTS_MAX_AGE_HOURS", "1000000");
    NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
        .withIndexPath(home.resolve("index"));
    Newsdesk newsdesk = new Newsdesk(config);
    Map<String, Long> received = new ConcurrentHashMap<>();
    try (NewsIndex index = newsdesk.openForWriting()) {
      Watch watch = newsdesk.startWatch(index);
      watch.deliverThrough(Subscriber.Kind.TELEGRAM, (to, notice) -> {
        long now = System.nanoTime();
        if (notice instanceof Notice.Alerts alerts) {
          alerts.items().forEach(i -> received.putIfAbsent(i.title(), now));
        }
      });
      for (int i = 0; i < standing.size(); i++) {
        watch.subscriptions().follow(Subscriber.telegram(i + 1), standing.get(i), Optional.empty());
      }
      long start = System.nanoTime();
      for (int from = 0; from < news.size(); from += COMMIT_EVERY) {
        newsdesk.ingester(index).ingestArticles(news.subList(from, Math.min(news.size(), from + COMMIT_EVERY)),
            IngestListener.QUIET);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long drained = System.nanoTime();
      awaitEmptyInbox(watch);
      double drain = (System.nanoTime() - drained) / 1e9;
      List<Long> latencies = new ArrayList<>();
      for (int s = 0; s < samples && !standing.isEmpty(); s++) {
        String topic = standing.get(s % standing.size());
        String title = "Sample " + s + ": " + topic + " in the news";
        Article article = Article.of(Optional.of("https://bench.example/alert/" + s), title, "Bench Wire", List.of(),
            Optional.of(Instant.now().minus(10, ChronoUnit.MINUTES)),
            "Today " + topic + " made news again, sample " + s + ". Observers said more about " + topic + " is expected.");
        newsdesk.ingester(index).ingestArticles(List.of(article), IngestListener.QUIET);
        long committed = System.nanoTime();
        long deadline = committed + TimeUnit.SECONDS.toNanos(30);
        while (!received.containsKey(title) && System.nanoTime() < deadline) {
          Thread.sleep(1);
        }
        if (received.containsKey(title)) {
          latencies.add(TimeUnit.NANOSECONDS.toMillis(received.get(title) - committed));
        }
      }
      watch.close();
      return new Run(news.size() / seconds, drain, latencies);
    }
  }

  private static void awaitEmptyInbox(Watch watch) throws InterruptedException {
    while (watch.database().transaction(c -> {
      try (var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM inbox")) {
        return r.next() ? r.getInt(1) : 0;
      }
    }) > 0) {
      Thread.sleep(50);
    }
  }

  /** The corpus's first {@code count} articles, dated an hour ago (fresh news, not a back-fill). */
  private static List<Article> read(Path corpus, int count) throws Exception {
    List<Article> out = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(corpus)) {
      for (String line = lines.readLine(); line != null && out.size() < count; line = lines.readLine()) {
        JsonNode row = JSON.readTree(line);
        out.add(Article.of(Optional.of(row.path("url").asText()), row.path("title").asText(), "Outlet " + (out.size() % 7),
            List.of(), Optional.of(Instant.now().minus(1, ChronoUnit.HOURS)), row.path("text").asText()));
      }
    }
    return out;
  }

  /** Standing queries from the corpus's own headlines: two longer words of each, so many of them match something. */
  private static List<String> topics(List<Article> news, int count) {
    Set<String> topics = new LinkedHashSet<>();
    for (int i = 0; topics.size() < count && i < news.size() * 4; i++) {
      List<String> words = java.util.Arrays.stream(news.get(i % news.size()).title().toLowerCase(Locale.ROOT).split("[^a-z]+"))
          .filter(w -> w.length() > 4).toList();
      if (words.size() > 1 + i / news.size()) {
        topics.add(words.get(i / news.size()) + " " + words.get(1 + i / news.size()));
      }
    }
    return List.copyOf(topics).subList(0, Math.min(count, topics.size()));
  }

  private static double percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
