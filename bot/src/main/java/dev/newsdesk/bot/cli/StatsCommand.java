package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.index.IndexStats;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk stats}: what the index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the index holds.")
final class StatsCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Option(names = "--json", description = "Print the statistics as one JSON object.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    IndexStats stats;
    try (NewsIndex index = new dev.newsdesk.bot.Newsdesk(parent.config()).openForReading()) {
      stats = index.stats();
    }
    PrintStream out = parent.context().out();
    out.println(json ? new ObjectMapper().writeValueAsString(toJson(stats)) : toText(stats));
    return 0;
  }

  private static ObjectNode toJson(IndexStats stats) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("index", stats.location());
    root.put("articles", stats.articles());
    root.put("passages", stats.passages());
    ObjectNode outlets = root.putObject("outlets");
    stats.outlets().forEach(outlets::put);
    stats.earliest().ifPresentOrElse(d -> root.put("earliest", d.toString()), () -> root.putNull("earliest"));
    stats.latest().ifPresentOrElse(d -> root.put("latest", d.toString()), () -> root.putNull("latest"));
    root.put("size_bytes", stats.sizeBytes());
    root.put("vectors", stats.vectors());
    root.put("embedding_model", stats.embedding().model());
    root.put("embedding_dimension", stats.embedding().dimension());
    return root;
  }

  private static String toText(IndexStats stats) {
    String outlets =
        stats.outlets().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "Index     %s%nArticles  %,d%nPassages  %,d%nVectors   %,d%s%nOutlets   %d%s%nDates     %s%nSize      %s",
        stats.location(),
        stats.articles(),
        stats.passages(),
        stats.vectors(),
        stats.embedding().hasVectors()
            ? " (" + stats.embedding().model() + ", " + stats.embedding().dimension() + " dimensions)"
            : " (no embedding model: keyword search only)",
        stats.outlets().size(),
        outlets.isEmpty() ? "" : " (" + outlets + ")",
        stats.earliest().map(e -> e + " to " + stats.latest().orElseThrow()).orElse("none"),
        humanSize(stats.sizeBytes()));
  }

  static String humanSize(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
  }
}
