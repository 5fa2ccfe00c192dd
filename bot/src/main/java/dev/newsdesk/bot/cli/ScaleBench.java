package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.bench.Baselines;
import dev.newsdesk.bot.bench.ScaleBenchmark;
import dev.newsdesk.bot.bench.ScaleTable;
import dev.newsdesk.bot.bench.SourceCorpus;
import dev.newsdesk.retrieval.embed.EmbeddingModels;
import dev.newsdesk.retrieval.embed.EmbeddingSettings;
import dev.newsdesk.retrieval.embed.Embeddings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scale modes of {@code newsdesk bench} ({@code --passages N}, {@code --real}): resolves their
 * inputs, runs {@link ScaleBenchmark} in a temporary (or kept) folder, prints.
 */
final class ScaleBench {

  /** The RealTime QA dev questions where the evaluation data is checked out. */
  static final Path REALTIMEQA_DEV = Path.of("/work/shared/eval/realtimeqa/questions-dev.jsonl");

  private static final long SEED = 20220617L;
  private static final double SIGMA = 0.02;

  /** The command line's choices. */
  record Options(int passages, boolean real, Path sourceIndex, Path questions, int rounds, boolean json, Path keep,
      boolean merge, Baselines.Choice baselines, Path baselinesJar) {}

  private final NewsdeskCommand parent;
  private final Options options;

  ScaleBench(NewsdeskCommand parent, Options options) {
    this.parent = parent;
    this.options = options;
  }

  int call() throws IOException {
    Optional<Path> given = Optional.ofNullable(options.sourceIndex());
    Optional<Path> source = given.or(
        () -> SourceCorpus.findEvalIndex(parent.folders().data(), EmbeddingModels.BGE_SMALL));
    if (source.isEmpty() || !Files.isDirectory(source.get())) {
      return fail("no source index with bge-small vectors was found" + given.map(p -> " at " + p).orElse("")
          + "; run `newsdesk eval --corpus <RealTime QA corpus> --questions <questions>` first (it builds one"
          + " under " + parent.folders().data().resolve("eval-cache") + "), or pass --source-index DIR");
    }
    Path questionFile = Optional.ofNullable(options.questions()).orElse(REALTIMEQA_DEV);
    if (!Files.isRegularFile(questionFile)) {
      return fail("no questions at " + questionFile + "; pass --questions FILE (JSON Lines with a \"question\" field)");
    }
    Optional<Path> jar = Optional.ofNullable(options.baselinesJar()).or(Baselines::defaultCommunityJar);
    if (options.baselinesJar() != null && !Files.isRegularFile(options.baselinesJar())) {
      return fail("no baselines jar at " + options.baselinesJar());
    }
    List<String> asked = new ArrayList<>();
    List<Set<String>> gold = new ArrayList<>();
    List<Optional<Instant>> dates = new ArrayList<>();
    readQuestions(questionFile, asked, gold, dates);
    if (asked.isEmpty()) {
      return fail(questionFile + " has no line with a \"question\" field");
    }
    Embeddings embeddings = EmbeddingModels.create(EmbeddingSettings.of(EmbeddingModels.BGE_SMALL)).orElseThrow();
    Path folder = options.keep() != null
        ? Files.createDirectories(options.keep()) : Files.createTempDirectory("newsdesk-bench-scale");
    try {
      ScaleBenchmark.Settings settings = new ScaleBenchmark.Settings(options.passages(), source.get(), asked,
          options.real() ? gold : List.of(), options.real() ? dates : List.of(), SEED, SIGMA, options.rounds(), options.real(), options.merge(),
          options.baselines(), jar);
      ObjectNode result = new ScaleBenchmark(embeddings).run(settings, folder);
      parent.context().out().println(options.json() ? new ObjectMapper().writeValueAsString(result) : ScaleTable.of(result));
      return 0;
    } finally {
      if (options.keep() == null) {
        BenchCommand.deleteRecursively(folder);
      }
    }
  }

  /**
   * Questions, their gold article ids ({@code gold_ids}, empty when absent) and when they were asked
   * (the end of the day {@code date} names, empty when absent), in file order.
   */
  static void readQuestions(Path file, List<String> questions, List<Set<String>> gold, List<Optional<Instant>> dates)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + " line " + number + " is not JSON", e);
      }
      if (node.hasNonNull("question")) {
        questions.add(node.get("question").asText());
        Set<String> ids = new LinkedHashSet<>();
        node.path("gold_ids").forEach(id -> ids.add(id.asText()));
        gold.add(ids);
        dates.add(endOfDay(node.path("date").asText("")));
      }
    }
  }

  private static Optional<Instant> endOfDay(String date) {
    try {
      return Optional.of(LocalDate.parse(date).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private int fail(String message) {
    parent.context().err().println("newsdesk: " + message);
    return 1;
  }
}
