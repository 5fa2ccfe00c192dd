package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.bench.ScaleBenchmark;
import dev.newsdesk.bot.bench.ScaleTable;
import dev.newsdesk.bot.bench.SourceCorpus;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.embed.Embeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The scale mode of {@code newsdesk bench}: resolves its inputs, runs {@link ScaleBenchmark} in a temporary folder, prints. */
final class ScaleBench {

  /** The RealTime QA dev questions where the evaluation data is checked out. */
  static final Path REALTIMEQA_DEV = Path.of("/work/shared/eval/realtimeqa/questions-dev.jsonl");

  private static final long SEED = 20220617L;
  private static final double SIGMA = 0.02;

  private final NewsdeskCommand parent;
  private final int passages;
  private final Optional<Path> sourceIndex;
  private final Optional<Path> questions;
  private final int rounds;
  private final boolean json;

  ScaleBench(NewsdeskCommand parent, int passages, Path sourceIndex, Path questions, int rounds, boolean json) {
    this.parent = parent;
    this.passages = passages;
    this.sourceIndex = Optional.ofNullable(sourceIndex);
    this.questions = Optional.ofNullable(questions);
    this.rounds = rounds;
    this.json = json;
  }

  int call() throws IOException {
    Optional<Path> source = sourceIndex.or(
        () -> SourceCorpus.findEvalIndex(parent.folders().data(), EmbeddingModels.BGE_SMALL));
    if (source.isEmpty() || !Files.isDirectory(source.get())) {
      return fail("no source index with bge-small vectors was found" + sourceIndex.map(p -> " at " + p).orElse("")
          + "; run `newsdesk eval --corpus <RealTime QA corpus> --questions <questions>` first (it builds one"
          + " under " + parent.folders().data().resolve("eval-cache") + "), or pass --source-index DIR");
    }
    Path questionFile = questions.orElse(REALTIMEQA_DEV);
    if (!Files.isRegularFile(questionFile)) {
      return fail("no questions at " + questionFile + "; pass --questions FILE (JSON Lines with a \"question\" field)");
    }
    List<String> asked = BenchCommand.readQuestions(questionFile);
    Embeddings embeddings = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    Path folder = Files.createTempDirectory("newsdesk-bench-scale");
    try {
      ObjectNode result = new ScaleBenchmark(embeddings)
          .run(new ScaleBenchmark.Settings(passages, source.get(), asked, SEED, SIGMA, rounds), folder);
      parent.context().out().println(json ? new ObjectMapper().writeValueAsString(result) : ScaleTable.of(result));
      return 0;
    } finally {
      BenchCommand.deleteRecursively(folder);
    }
  }

  private int fail(String message) {
    parent.context().err().println("newsdesk: " + message);
    return 1;
  }
}
