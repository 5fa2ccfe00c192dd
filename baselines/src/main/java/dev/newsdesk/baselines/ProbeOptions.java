package dev.newsdesk.baselines;

import java.nio.file.Path;
import java.util.Locale;

/** The command line of {@link CommunityLuceneProbe}. */
public record ProbeOptions(
    Path data, Path work, int k, int rounds, int depth, int batch, boolean queryInstruction, boolean help) {

  public static final String USAGE =
      """
      usage: java -Xmx2g -jar newsdesk-baselines.jar --data DIR --work DIR [--k 10] [--rounds 3] [--depth 100]
                                                     [--batch 10000] [--query-instruction bge|none]
        --data DIR     the benchmark's data folder: meta.json, passages.jsonl, vectors.f32, queries.jsonl
        --work DIR     an empty (or missing) folder for the community retriever's Lucene index
        --k N          maxResults of every retrieval mode (default 10)
        --rounds N     timed passes over the queries per mode, after one warm-up pass (default 3)
        --depth N      accepted for symmetry with the benchmark; this library has no separate candidate
                       depth (its KNN query asks for maxResults neighbours), so it is only echoed (default 100)
        --batch N      passages per LuceneEmbeddingStore.addAll call; each call opens, commits and closes
                       its own IndexWriter (default 10000)
        --query-instruction bge|none
                       bge (default): embed questions as "Represent this sentence for searching relevant
                       passages: " + question, as Newsdesk does; none: embed the bare question text.
                       The full-text side always sees the bare question.
      Prints one JSON object to stdout; progress goes to stderr. Exit codes: 0 ok, 1 failure, 2 bad input or usage.""";

  public static ProbeOptions parse(String[] args) throws UsageException {
    Path data = null;
    Path work = null;
    int k = 10;
    int rounds = 3;
    int depth = 100;
    int batch = 10_000;
    boolean instruction = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        return new ProbeOptions(data, work, k, rounds, depth, batch, instruction, true);
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--data", "--work", "--k", "--rounds", "--depth", "--batch", "--query-instruction" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException("option " + name + " needs a value");
            }
            value = args[++i];
          }
        }
        default -> throw new UsageException("unknown option " + arg);
      }
      switch (name) {
        case "--data" -> data = Path.of(value);
        case "--work" -> work = Path.of(value);
        case "--k" -> k = positive(name, value);
        case "--rounds" -> rounds = positive(name, value);
        case "--depth" -> depth = positive(name, value);
        case "--batch" -> batch = positive(name, value);
        case "--query-instruction" -> {
          switch (value.toLowerCase(Locale.ROOT)) {
            case "bge" -> instruction = true;
            case "none" -> instruction = false;
            default -> throw new UsageException("--query-instruction takes bge or none, not " + value);
          }
        }
        default -> throw new IllegalStateException(name);
      }
    }
    if (data == null) {
      throw new UsageException("--data DIR is required");
    }
    if (work == null) {
      throw new UsageException("--work DIR is required");
    }
    return new ProbeOptions(data, work, k, rounds, depth, batch, instruction, false);
  }

  private static int positive(String name, String value) throws UsageException {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 1) {
        throw new UsageException(name + " must be at least 1, not " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(name + " takes a whole number, not " + value);
    }
  }
}
