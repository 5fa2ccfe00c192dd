package dev.newsdesk.bench.cli;

import dev.newsdesk.bench.EmbeddingCeiling;
import dev.newsdesk.bench.KeptRun;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.cli.CliContext;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The corpus mode of {@code newsdesk bench --corpus FILE|DIR}: ingests the corpus into a fresh
 * temporary (or kept) index, so the user's own index is never touched, then times the product's
 * answering service on the questions. The benchmark's one door into the answering API.
 */
final class CorpusBench {

  /** The command line's choices: the corpus, the questions (default: its headlines), rounds, JSON, a kept folder, the stand-in model. */
  record Options(String corpus, Optional<Path> questions, int rounds, boolean json, Optional<Path> keep,
      boolean modelOverhead) {}

  private final CliContext context;
  private final NewsdeskConfig config;
  private final Options options;

  CorpusBench(CliContext context, NewsdeskConfig config, Options options) {
    this.context = context;
    this.config = config;
    this.options = options;
  }

  int call() throws IOException {
    Path folder = options.keep().isPresent() ? options.keep().get() : Files.createTempDirectory("newsdesk-bench");
    try {
      // a benchmark corpus is one large file by design: lift the per-file limit meant for untrusted input
      // this benchmark measures the embedded index in a folder of its own, whatever index.backend says
      NewsdeskConfig indexed = config.withIndexPath(folder).withIngest(config.ingest().unlimitedFileSize())
          .withBackend(dev.newsdesk.bot.config.IndexBackend.EMBEDDED);
      Newsdesk newsdesk = new Newsdesk(indexed);
      IngestReport report;
      try (dev.newsdesk.retrieval.index.NewsIndex index = newsdesk.openForWriting()) {
        report = newsdesk.ingester(index).ingest(List.of(options.corpus()), IngestListener.QUIET);
      }
      if (report.articles() == 0) {
        report.failed().forEach(p -> context.err().println("  failed " + p.location() + ": " + p.reason()));
        context.err().println("newsdesk: nothing was ingested from " + options.corpus());
        return 1;
      }
      CorpusResult result;
      try (LuceneIndex index = LuceneIndex.openForReading(folder)) {
        List<String> asked = options.questions().isEmpty()
            ? headlines(index) : BenchQuestions.read(options.questions().get()).texts();
        AnsweringService answering = options.modelOverhead()
            ? newsdesk.answering(index, Optional.of(new InstantChatModel().asPair()))
            : newsdesk.answering(index);
        double[] latencies = time(answering, asked);
        IndexStats stats = index.stats();
        double embedRate = newsdesk.embeddings().map(e -> EmbeddingCeiling.measure(e, index)).orElse(0.0);
        result = CorpusResult.of(report, stats, latencies,
            options.modelOverhead() ? "language model (instant stand-in)" : "extractive", embedRate);
      }
      context.out().println(options.json() ? result.json().toString() : result.text());
      return 0;
    } finally {
      if (options.keep().isEmpty()) {
        KeptRun.delete(folder);
      }
    }
  }

  /** Milliseconds per answer, sorted: one warm-up round, then the timed rounds. */
  private double[] time(AnsweringService answering, List<String> asked) {
    asked.forEach(answering::answer);
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < options.rounds(); round++) {
      for (String question : asked) {
        long start = System.nanoTime();
        answering.answer(question);
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /** Up to 200 headlines of the index, the questions when none are given. */
  private static List<String> headlines(LuceneIndex index) {
    return index
        .search(searcher -> {
          List<String> titles = new ArrayList<>();
          int max = Math.min(200, searcher.getIndexReader().maxDoc());
          for (int doc = 0; doc < max; doc++) {
            titles.add(searcher.storedFields().document(doc).get(IndexFields.TITLE));
          }
          return titles;
        })
        .orElse(List.of());
  }
}
