package dev.newsdesk.baselines;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds LangChain4j's community Lucene retriever (langchain4j-community-lucene) over the
 * benchmark's passages and given vectors, times every retrieval mode it has over the benchmark's
 * questions, and prints one JSON object with index cost, latencies, memory and the top-k passage ids.
 *
 * <pre>java -Xmx2g -jar newsdesk-baselines.jar --data DIR --work DIR [--k 10] [--rounds 3] [--depth 100]</pre>
 */
public final class CommunityLuceneProbe {

  static {
    // The retriever logs a warning with a stack trace for every question its QueryParser rejects, on
    // every call: keep that out of the timings (the failures are counted in the report instead), but
    // let the library's errors (a document it could not index, a query that threw) reach stderr.
    System.setProperty("org.slf4j.simpleLogger.log.dev.langchain4j.community", "error");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }

  private CommunityLuceneProbe() {}

  public static void main(String[] args) {
    PrintStream stdout = System.out;
    // Only the report goes to stdout: whatever a library prints goes to stderr.
    System.setOut(System.err);
    int code = run(args, stdout, System.err);
    stdout.flush();
    System.exit(code);
  }

  /** The whole program; returns its exit code: 0 done, 1 failed, 2 bad input or command line. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ProbeOptions options;
    try {
      options = ProbeOptions.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(ProbeOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      err.println(ProbeOptions.USAGE);
      return 0;
    }
    try {
      ProbeReport report = probe(options, err);
      out.println(report.toJson());
      out.flush();
      return 0;
    } catch (InputException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception | Error e) {
      err.println("error: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  static ProbeReport probe(ProbeOptions options, PrintStream log) throws InputException, IOException {
    // 1. All input is checked before the model loads or anything is indexed.
    DataFolder data = DataFolder.open(options.data());
    prepareWork(options.work());
    int count = data.meta().count();
    List<QueryItem> queries;
    ProbeReport report;
    QueryEmbeddingModel model;
    CommunityIndex index;
    try (VectorFile vectors = data.openVectors()) {
      queries = data.readQueries();
      long start = System.nanoTime();
      data.validatePassages();
      int notUnit = vectors.checkRows(1e-3);
      log.printf(
          "checked %,d passages, their vectors and %,d queries in %.1f s%n",
          count, queries.size(), (System.nanoTime() - start) / 1e9);
      if (notUnit > 0) {
        log.printf(
            "warning: %,d passage vectors are not of unit length; the library's EUCLIDEAN similarity then"
                + " ranks differently from cosine%n",
            notUnit);
      }

      report = new ProbeReport(count, queries.size(), options.k());
      report.nonUnitVectors(notUnit);

      // 2. The query embedder.
      start = System.nanoTime();
      EmbeddingModel bge = new BgeSmallEnV15QuantizedEmbeddingModel();
      model = new QueryEmbeddingModel(bge, options.queryInstruction());
      report.modelLoad((System.nanoTime() - start) / 1e9);
      report.settings(options, model.prefix());
      report.agreement(
          VectorAgreement.of(bge, QueryEmbeddingModel.BGE_QUERY_INSTRUCTION, queries),
          VectorAgreement.of(bge, "", queries));
      report.fulltext(FulltextDiagnostics.of(queries));

      // 3. The library's index, from the given vectors (vectors.f32 is unmapped once it is built).
      index = CommunityIndex.build(data, vectors, options.work(), options.batch(), log);
      report.index(index.stats());
    }

    try (index) {
      // 4. Every retrieval mode, timed.
      for (RetrievalModes.Mode mode : RetrievalModes.all(index.directory(), index.store(), model, options.k())) {
        report.mode(mode.name(), mode.description(), LatencyBench.run(mode, queries, options.rounds(), log));
      }

      // 5. Memory after the runs, with the index, the model and the queries still in use.
      report.memory(ProcessMemory.heapUsedMbAfterGc(), ProcessMemory.rssMb());
      Reference.reachabilityFence(model);
      Reference.reachabilityFence(queries);
    }
    return report;
  }

  /** The work folder must be empty (or missing: then it is made). */
  static void prepareWork(Path work) throws InputException, IOException {
    if (Files.exists(work)) {
      if (!Files.isDirectory(work)) {
        throw new InputException(work + ": --work is not a folder");
      }
      try (Stream<Path> entries = Files.list(work)) {
        if (entries.findAny().isPresent()) {
          throw new InputException(work + ": --work folder is not empty");
        }
      }
    } else {
      Files.createDirectories(work);
    }
  }
}
