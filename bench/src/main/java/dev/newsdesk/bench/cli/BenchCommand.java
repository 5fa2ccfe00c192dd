package dev.newsdesk.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bench.EmbeddingCeiling;
import dev.newsdesk.bench.KeptRun;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.cli.CliContext;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import java.util.Optional;
import dev.newsdesk.retrieval.eval.Percentiles;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench}: ingest throughput, index size and {@code ask} latency over a corpus, in a
 * fresh temporary index so the user's own index is never touched.
 */
@Command(
    name = "newsdesk bench",
    mixinStandardHelpOptions = true,
    version = "Newsdesk bench 0.1.0",
    description = "Measure ingest throughput, index size and ask latency on a corpus, or retrieval at scale.")
final class BenchCommand implements Callable<Integer> {

  private final CliContext context;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: $NEWSDESK_CONFIG, else ~/.config/newsdesk/newsdesk.yml if present).")
  private Optional<Path> configFile = Optional.empty();

  @Option(names = "--corpus", paramLabel = "FILE|DIR", description = "News to ingest (corpus mode).")
  private String corpus;

  @Option(names = "--passages", paramLabel = "N",
      description = "Scale mode: a synthetic corpus of N passages grown from real ones, instead of --corpus.")
  private int passages;

  @Option(names = "--source-index", paramLabel = "DIR",
      description = "Scale mode: the index whose real passages and vectors are replicated"
          + " (default: the bge-small index newsdesk eval built).")
  private Path sourceIndex;

  @Option(names = "--real",
      description = "Scale mode over the real passages of the source index as they are (no copies), scored"
          + " against the questions' gold articles, instead of --passages N.")
  private boolean real;

  @Option(names = "--baselines", paramLabel = "WHICH", defaultValue = "ALL",
      description = "Scale mode: the alternatives measured on the same data, each in its own JVM: ALL, EXACT"
          + " (LangChain4j InMemoryEmbeddingStore), COMMUNITY (langchain4j-community-lucene) or NONE"
          + " (default: ${DEFAULT-VALUE}).")
  private dev.newsdesk.bench.Baselines.Choice baselines;

  @Option(names = "--no-merge",
      description = "Scale mode: time the index as ingest left it (several segments) instead of merged into one"
          + " as `newsdesk optimize` does.")
  private boolean noMerge;

  @Option(names = "--baselines-jar", paramLabel = "FILE",
      description = "Scale mode: the community retriever's probe (default: baselines/target/newsdesk-baselines.jar"
          + " beside this jar).")
  private Path baselinesJar;

  @Option(names = "--questions", paramLabel = "FILE",
      description = "JSON Lines with a \"question\" field (default: the corpus's headlines; in scale modes"
          + " ../shared/eval/realtimeqa/questions-dev.jsonl, where the evaluation data sits beside the checkout).")
  private Path questions;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds over the questions, after one warm-up round (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--json", description = "Print the results as one JSON object.")
  private boolean json;

  @Option(names = "--keep-index", paramLabel = "DIR",
      description = "Build the index in DIR and keep it; run again with the same DIR and the corpus is found"
          + " unchanged, so only the questions are timed.")
  private Path keepIndex;

  @Option(names = "--model-overhead",
      description = "Answer through the language-model composer with a stand-in model that replies at once,"
          + " to measure Newsdesk's own overhead (retrieval, prompt building, citation checks).")
  private boolean modelOverhead;

  BenchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if ((corpus != null ? 1 : 0) + (passages > 0 ? 1 : 0) + (real ? 1 : 0) != 1) {
      context.err().println("newsdesk: bench needs one of --corpus FILE|DIR, --passages N or --real");
      return 2;
    }
    if (passages > 0 || real) {
      return new ScaleBench(context, DataFolders.system(context.env()), new ScaleBench.Options(passages, real, sourceIndex, questions, rounds, json,
          keepIndex, !noMerge, baselines, baselinesJar)).call();
    }
    Path folder = keepIndex != null ? keepIndex : Files.createTempDirectory("newsdesk-bench");
    try {
      // a benchmark corpus is one large file by design: lift the per-file limit meant for untrusted input
      NewsdeskConfig config = new ConfigLoader(context.env(), DataFolders.system(context.env())).load(configFile)
          .withIndexPath(folder);
      config = config.withIngest(config.ingest().unlimitedFileSize());
      Newsdesk newsdesk = new Newsdesk(config);
      IngestReport report;
      try (NewsIndex index = newsdesk.openForWriting()) {
        report = newsdesk.ingester(index).ingest(List.of(corpus), IngestListener.QUIET);
      }
      if (report.articles() == 0) {
        report.failed().forEach(p -> context.err().println("  failed " + p.location() + ": " + p.reason()));
        context.err().println("newsdesk: nothing was ingested from " + corpus);
        return 1;
      }
      try (NewsIndex index = newsdesk.openForReading()) {
        IndexStats stats = index.stats();
        List<String> asked = questions == null ? headlines(index) : BenchQuestions.read(questions).texts();
        AnsweringService answering = modelOverhead
            ? newsdesk.answering(index, Optional.of(new InstantChatModel().asPair()))
            : newsdesk.answering(index);
        double[] latencies = time(answering, asked);
        ObjectNode result = result(report, stats, latencies);
        result.put("composer", modelOverhead ? "language model (instant stand-in)" : "extractive");
        result.put("embedding_model", stats.embedding().model());
        result.put("vectors", stats.vectors());
        result.put("embed_passages_per_second",
            newsdesk.embeddings().map(e -> round(EmbeddingCeiling.measure(e, index))).orElse(0.0));
        context.out().println(json ? new ObjectMapper().writeValueAsString(result) : text(result));
      }
      return 0;
    } finally {
      if (keepIndex == null) {
        KeptRun.delete(folder);
      }
    }
  }

  private double[] time(AnsweringService answering, List<String> asked) {
    asked.forEach(answering::answer);
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String question : asked) {
        long start = System.nanoTime();
        answering.answer(question);
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static ObjectNode result(IngestReport report, IndexStats stats, double[] latencies) {
    double seconds = report.elapsed().toNanos() / 1e9;
    ObjectNode r = new ObjectMapper().createObjectNode();
    r.put("articles", stats.articles());
    r.put("passages", stats.passages());
    r.put("failed_inputs", report.failed().size());
    r.put("ingest_seconds", round(seconds));
    r.put("articles_per_second", round(report.articles() / seconds));
    r.put("passages_per_second", round(report.passages() / seconds));
    r.put("index_bytes", stats.sizeBytes());
    r.put("queries", latencies.length);
    r.put("ask_p50_ms", round(Percentiles.of(latencies, 50)));
    r.put("ask_p99_ms", round(Percentiles.of(latencies, 99)));
    r.put("ask_mean_ms", round(Arrays.stream(latencies).average().orElse(0)));
    return r;
  }

  private static String text(ObjectNode r) {
    return String.format(
        Locale.ROOT,
        "Ingest   %,d articles, %,d passages (%,d with vectors, %s) in %.1f s = %.1f articles/s, %.1f passages/s%n"
            + "Embed    %.1f passages/s: the model alone, the ceiling of ingest with vectors%n"
            + "Index    %.1f MB on disk%n"
            + "Ask      %,d questions (%s composer): p50 %.2f ms, p99 %.2f ms, mean %.2f ms",
        r.get("articles").asLong(),
        r.get("passages").asLong(),
        r.get("vectors").asLong(),
        r.get("embedding_model").asText(),
        r.get("ingest_seconds").asDouble(),
        r.get("articles_per_second").asDouble(),
        r.get("passages_per_second").asDouble(),
        r.get("embed_passages_per_second").asDouble(),
        r.get("index_bytes").asLong() / 1_048_576.0,
        r.get("queries").asInt(),
        r.get("composer").asText(),
        r.get("ask_p50_ms").asDouble(),
        r.get("ask_p99_ms").asDouble(),
        r.get("ask_mean_ms").asDouble());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static List<String> headlines(NewsIndex index) {
    return index
        .search(searcher -> {
          List<String> titles = new ArrayList<>();
          int max = Math.min(200, searcher.getIndexReader().maxDoc());
          for (int doc = 0; doc < max; doc++) {
            titles.add(searcher.storedFields().document(doc).get("title"));
          }
          return titles;
        })
        .orElse(List.of());
  }
}
