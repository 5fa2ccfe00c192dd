package dev.newsdesk.bench.cli;

import dev.newsdesk.bench.Baselines;
import dev.newsdesk.bench.KeptRun;
import dev.newsdesk.bench.ScaleBenchmark;
import dev.newsdesk.bench.ScaleResult;
import dev.newsdesk.bench.ScaleTable;
import dev.newsdesk.bench.SolrCloudRun;
import dev.newsdesk.bench.SourceCorpus;
import dev.newsdesk.bot.cli.CliContext;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.embed.Embeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The scale modes of {@code newsdesk bench} ({@code --passages N}, {@code --real}): resolves their
 * inputs, runs {@link ScaleBenchmark} in a temporary (or kept) folder, prints.
 */
final class ScaleBench {

  /** The RealTime QA dev questions, where the evaluation data sits beside a checkout run from its top. */
  static final Path REALTIMEQA_DEV = Path.of("..", "shared", "eval", "realtimeqa", "questions-dev.jsonl");

  private static final long SEED = 20220617L;
  private static final double SIGMA = 0.02;

  /** The command line's choices. */
  record Options(int passages, boolean real, Path sourceIndex, Path questions, int rounds, boolean json, Path keep,
      boolean merge, Baselines.Choice baselines, Path baselinesJar, boolean solrCloud) {}

  private final CliContext context;
  private final DataFolders folders;
  private final Options options;

  ScaleBench(CliContext context, DataFolders folders, Options options) {
    this.context = context;
    this.folders = folders;
    this.options = options;
  }

  int call() throws IOException {
    Optional<Path> given = Optional.ofNullable(options.sourceIndex());
    Optional<Path> source = given.or(
        () -> SourceCorpus.findEvalIndex(folders.data(), EmbeddingModels.BGE_SMALL));
    if (source.isEmpty() || !Files.isDirectory(source.get())) {
      return fail("no source index with bge-small vectors was found" + given.map(p -> " at " + p).orElse("")
          + "; run `newsdesk eval --corpus <RealTime QA corpus> --questions <questions>` first (it builds one"
          + " under " + folders.data().resolve("eval-cache") + "), or pass --source-index DIR");
    }
    Path questionFile = Optional.ofNullable(options.questions()).orElse(REALTIMEQA_DEV);
    if (!Files.isRegularFile(questionFile)) {
      return fail("no questions at " + questionFile.toAbsolutePath().normalize()
          + "; pass --questions FILE (JSON Lines with a \"question\" field)");
    }
    Optional<Path> jar = Optional.empty();
    if (options.baselines().community()) {
      CommunityJar found = CommunityJar.find(Optional.ofNullable(options.baselinesJar()),
          Optional.ofNullable(System.getProperty(CommunityJar.PROPERTY)));
      if (!Files.isRegularFile(found.path())) {
        return fail(found.missing());
      }
      jar = Optional.of(found.path());
    }
    BenchQuestions read = BenchQuestions.read(questionFile);
    if (read.texts().isEmpty()) {
      return fail(questionFile + " has no line with a \"question\" field");
    }
    Embeddings embeddings = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    Path folder = options.keep() != null
        ? Files.createDirectories(options.keep()) : Files.createTempDirectory("newsdesk-bench-scale");
    try {
      ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(options.passages(), source.get(), read.texts(),
          options.real() ? read.gold() : List.of(), options.real() ? read.asked() : List.of(), SEED, SIGMA,
          options.rounds(), options.real(), options.merge(),
          options.baselines(), jar);
      ScaleResult result = new ScaleBenchmark(embeddings).run(settings, folder, options.solrCloud()
          ? Optional.of(new SolrCloudRun.Layout(2, 2, 2)) : Optional.empty());
      context.out().println(options.json() ? result.json().toString() : ScaleTable.of(result));
      return 0;
    } finally {
      if (options.keep() == null) {
        KeptRun.delete(folder);
      }
    }
  }

  private int fail(String message) {
    context.err().println("newsdesk: " + message);
    return 1;
  }
}
