package dev.newsdesk.bench.cli;

import dev.newsdesk.bench.Baselines;
import dev.newsdesk.bot.cli.CliContext;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.bot.config.NewsdeskConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsdesk bench}: ingest throughput, index size and {@code ask} latency over a corpus
 * ({@link CorpusBench}), or retrieval at scale beside the baselines ({@link ScaleBench}). Parses the
 * options and hands them to one of the two.
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
  private Baselines.Choice baselines;

  @Option(names = "--no-merge",
      description = "Scale mode: time the index as ingest left it (several segments) instead of merged into one"
          + " as `newsdesk optimize` does.")
  private boolean noMerge;

  @Option(names = "--baselines-jar", paramLabel = "FILE",
      description = "Scale mode: the community retriever's probe, the jar the baselines/ module builds (default:"
          + " -Dnewsdesk.baselines.jar, which the launcher sets, else baselines/target/newsdesk-baselines.jar under"
          + " the current folder).")
  private Path baselinesJar;

  @Option(names = "--solrcloud",
      description = "Scale mode: also run the same corpus and questions on the SolrCloud backend, in a local cluster"
          + " in this JVM (2 nodes, 2 shards of 2 replicas), and stop one node during a query run.")
  private boolean solrCloud;

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
      return new ScaleBench(context, DataFolders.system(context.env()), new ScaleBench.Options(passages, real,
          sourceIndex, questions, rounds, json, keepIndex, !noMerge, baselines, baselinesJar, solrCloud)).call();
    }
    NewsdeskConfig config = new ConfigLoader(context.env(), DataFolders.system(context.env())).load(configFile);
    return new CorpusBench(context, config, new CorpusBench.Options(corpus,
        Optional.ofNullable(questions), rounds, json, Optional.ofNullable(keepIndex), modelOverhead)).call();
  }
}
