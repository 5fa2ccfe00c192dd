package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.Watch;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Followed topics under load: ingest throughput of a corpus with 0 and with N standing queries (the
 * matcher runs beside ingest, off its path), and the latency from an ingest's commit to the alert's
 * receipt by a local fake of the Telegram Bot API ({@link FakeBotApi}), delivered by the product's
 * own Telegram channel (TelegramBots client, HTTP on 127.0.0.1). Articles are dated now, so none is a
 * back-fill; BM25 retrieval ({@code embedding.provider: none}) so the figures measure the matcher,
 * not the embedding model.
 *
 * <p>Latency probes are the corpus's next {@code SAMPLES} articles (distinct real articles, none of
 * them ingested before), each followed just before its ingest by a chat of its own with two longer
 * words of its headline: a fresh chat has no earlier alert its story could be a copy of, so every
 * probe is expected to alert.
 *
 * <p>The machine's other load moves ingest speed more than the standing queries do, so the runs
 * alternate, after an untimed warm-up: 0 queries, N queries, 0, N, ... ({@code ROUNDS} pairs, 3 by
 * default); each run is printed, and the figure is the median.
 *
 * <pre>java -cp bench/target/newsdesk-bench.jar dev.newsdesk.bench.AlertBench CORPUS.jsonl [ARTICLES] [TOPICS] [SAMPLES] [ROUNDS]</pre>
 */
public final class AlertBench {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COMMIT_EVERY = 50; // articles per ingest call, as a feed poll commits
  private static final long PROBE_CHATS = 1_000_000; // chat ids of the probes' followers, apart from the standing ones

  private AlertBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int topics = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int samples = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    List<Article> read = read(corpus, articles + samples * 3);
    List<Article> news = read.subList(0, Math.min(articles, read.size()));
    List<Probe> probes = probes(read.subList(news.size(), read.size()), samples);
    List<String> standing = topics(news, topics);
    run(news.subList(0, Math.min(200, news.size())), List.of(), List.of()); // warm-up, so the first timed run is not the JIT's
    System.out.printf(Locale.ROOT, "articles %d, commits of %d, standing queries %d, %d pairs of runs (0 queries, then %d)%n",
        news.size(), COMMIT_EVERY, standing.size(), rounds, standing.size());
    List<Double> bases = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Run> loadedRuns = new ArrayList<>();
    List<Long> latencies = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      double base = run(news, List.of(), List.of()).throughput();
      System.out.printf(Locale.ROOT, "run %d  0 queries:     %6.1f articles/s%n", r, base);
      Run loaded = run(news, standing, probes);
      double ratio = loaded.throughput() / base;
      System.out.printf(Locale.ROOT, "run %d  %d queries: %6.1f articles/s = %.1f%% of the run before; matching caught up %.1f s "
              + "after the ingest returned (%d searches for %d topics x batches), the %d alerts delivered %.1f s later; "
              + "alert latency p50 %.0f ms, p99 %.0f ms, received %d of %d%n",
          r, standing.size(), loaded.throughput(), 100 * ratio, loaded.drainSeconds(), loaded.searches(), loaded.topicBatches(),
          loaded.messages(), loaded.deliverySeconds(), percentile(loaded.latencies(), 50), percentile(loaded.latencies(), 99),
          loaded.latencies().size(), probes.size());
      loaded.missed().forEach(m -> System.out.println("  not received: " + m));
      bases.add(base);
      ratios.add(ratio);
      loadedRuns.add(loaded);
      latencies.addAll(loaded.latencies());
    }
    double medianBase = median(bases);
    double medianLoaded = median(loadedRuns.stream().map(Run::throughput).toList());
    System.out.printf(Locale.ROOT, "median ingest: 0 queries %.1f articles/s, %d queries %.1f articles/s (%.1f%%); "
        + "median of the %d pairs' ratios %.1f%%%n", medianBase, standing.size(), medianLoaded, 100 * medianLoaded / medianBase,
        ratios.size(), 100 * median(ratios));
    System.out.printf(Locale.ROOT, "alert latency commit -> fake Bot API receipt, all %d runs: p50 %.0f ms, p99 %.0f ms, max %.0f ms; "
        + "received %d of %d%n", rounds, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100),
        latencies.size(), probes.size() * rounds);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private record Probe(Article article, String topic) {}

  private record Run(double throughput, double drainSeconds, long searches, long topicBatches, int messages,
      double deliverySeconds, List<Long> latencies, List<String> missed) {}

  private static Run run(List<Article> news, List<String> standing, List<Probe> probes) throws Exception {
    Path home = Files.createTempDirectory("newsdesk-alert-bench");
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none", "NEWSDESK_ALERTS_BATCH_SECONDS", "0",
          "NEWSDESK_ALERTS_MAX_PER_HOUR", "1000000", "NEWSDESK_ALERTS_MAX_AGE_HOURS", "1000000",
          "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "NEWSDESK_TELEGRAM_API_URL", api.url());
      NewsdeskConfig config = new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(Optional.empty())
          .withIndexPath(home.resolve("index"));
      Newsdesk newsdesk = new Newsdesk(config);
      try (NewsIndex index = newsdesk.openForWriting();
          InboundChannels channels = newsdesk.startChannels(newsdesk.answering(index), index,
              EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of());
          Watch watch = newsdesk.watch()) { // closed with the run, so no run's watch outlives it
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
        await(watch, "SELECT COUNT(*) FROM inbox");
        double drain = (System.nanoTime() - drained) / 1e9;
        Watch.MatchingCost cost = watch.matchingCost();
        long delivered = System.nanoTime();
        await(watch, "SELECT COUNT(*) FROM outbox WHERE sent IS NULL");
        double delivery = (System.nanoTime() - delivered) / 1e9;
        int messages = api.messages();
        List<Long> latencies = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int s = 0; s < probes.size(); s++) {
          Probe probe = probes.get(s);
          long chat = PROBE_CHATS + s;
          watch.subscriptions().follow(Subscriber.telegram(chat), probe.topic(), Optional.empty());
          IngestReport report = newsdesk.ingester(index).ingestArticles(List.of(probe.article()), IngestListener.QUIET);
          long committed = System.nanoTime();
          long deadline = committed + TimeUnit.SECONDS.toNanos(30);
          while (api.firstAlert(chat) == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
          }
          Long receipt = api.firstAlert(chat);
          if (receipt != null) {
            latencies.add(TimeUnit.NANOSECONDS.toMillis(receipt - committed));
          } else {
            missed.add("\"" + probe.topic() + "\" <- " + probe.article().title() + " (added " + report.added() + ")");
          }
        }
        return new Run(news.size() / seconds, drain, cost.searches(), cost.topics(), messages, delivery, latencies, missed);
      }
    }
  }

  /** Waits until the count the query gives is zero, for at most half an hour. */
  private static void await(Watch watch, String countQuery) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (System.nanoTime() < deadline && watch.database().transaction(c -> {
      try (var r = c.createStatement().executeQuery(countQuery)) {
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

  /** Probes: articles whose headline has two longer words, re-dated ten minutes ago, each with those words as its topic. */
  private static List<Probe> probes(List<Article> spare, int count) {
    List<Probe> probes = new ArrayList<>();
    for (Article a : spare) {
      List<String> words = java.util.Arrays.stream(a.title().toLowerCase(Locale.ROOT).split("[^a-z]+"))
          .filter(w -> w.length() > 4).distinct().toList();
      if (probes.size() < count && words.size() > 1) {
        probes.add(new Probe(Article.of(a.url(), a.title(), "Probe Wire", List.of(),
            Optional.of(Instant.now().minus(10, ChronoUnit.MINUTES)), a.text()), words.get(0) + " " + words.get(1)));
      }
    }
    return probes;
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
