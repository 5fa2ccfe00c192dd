package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.retrieval.index.EmbeddingRecord;
import dev.newsdesk.retrieval.index.LuceneIndex;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk optimize}: merges the index into one segment after a bulk import. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = {"Merge the index into one segment: after a bulk import, vector search gets several times faster.",
        "Rewrites the index once (needs as much free disk); a running console or service keeps answering."})
final class OptimizeCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Option(names = "--json", description = "Print the outcome as one JSON object.")
  private boolean json;

  @Override
  public Integer call() {
    if (!parent.config().backend().embedded()) {
      return optimizeCollection();
    }
    java.nio.file.Path path = parent.config().indexPath();
    EmbeddingRecord record;
    try (LuceneIndex existing = NewsIndex.openForReading(path)) {
      if (existing.segmentCount() == 0) {
        parent.context().err().println("newsdesk: there is no index at " + path + " to optimize");
        return 1;
      }
      record = existing.embedding();
    }
    // the index keeps the vectors it was built with, whatever the configuration says today
    try (LuceneIndex index = NewsIndex.openForWriting(path, record)) {
      int before = index.segmentCount();
      long start = System.nanoTime();
      index.optimize();
      double seconds = (System.nanoTime() - start) / 1e9;
      int after = index.segmentCount();
      long bytes = index.sizeOnDisk();
      if (json) {
        parent.context().out().println(new ObjectMapper().createObjectNode().put("index", index.path().toString())
            .put("segments_before", before).put("segments_after", after).put("seconds", Math.round(seconds * 100) / 100.0)
            .put("size_bytes", bytes).toString());
      } else {
        parent.context().out().println(String.format(Locale.ROOT, "Merged %s from %d segment%s into %d in %.1f s (%s).",
            index.path(), before, before == 1 ? "" : "s", after, seconds, StatsCommand.humanSize(bytes)));
      }
      return 0;
    }
  }

  /** A SolrCloud collection: each replica merges its index into one segment. */
  private int optimizeCollection() {
    try (NewsIndex index = new dev.newsdesk.bot.Newsdesk(parent.config()).openForReading()) {
      long start = System.nanoTime();
      index.optimize();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (json) {
        parent.context().out().println(new ObjectMapper().createObjectNode().put("index", index.location())
            .put("seconds", Math.round(seconds * 100) / 100.0).toString());
      } else {
        parent.context().out().println(String.format(Locale.ROOT, "Merged %s into one segment per replica in %.1f s.",
            index.location(), seconds));
      }
      return 0;
    }
  }
}
