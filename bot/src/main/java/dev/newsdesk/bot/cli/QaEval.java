package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.config.NewsdeskConfig;
import dev.newsdesk.bot.eval.QaItem;
import dev.newsdesk.bot.eval.QaRun;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code newsdesk eval --qa}: indexes the bundled sample news into a temporary index, answers an
 * answer-quality set through the configured answering service (as a user gets it) and prints
 * per-kind accuracy, first-sentence accuracy and latency. The clock reads {@link #NOW} (a week
 * after the newest sample article) so the scores do not depend on the day they are run.
 */
final class QaEval {

  /** The evaluation's "now" for items without an as-of instant. */
  static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  private QaEval() {}

  static QaRun.Summary run(NewsdeskConfig config, List<QaItem> items, Optional<Path> report) throws IOException {
    Path folder = Files.createTempDirectory("newsdesk-qa-");
    try {
      Newsdesk newsdesk = new Newsdesk(config.withIndexPath(folder), Clock.fixed(NOW, ZoneOffset.UTC));
      try (NewsIndex index = newsdesk.openForWriting()) {
        newsdesk.ingester(index).ingestArticles(SampleNews.read().articles(), IngestListener.QUIET);
      }
      try (NewsIndex index = newsdesk.openForReading();
          BufferedWriter out = report.isPresent() ? Files.newBufferedWriter(report.get()) : null) {
        return new QaRun(newsdesk.answering(index)).run(items, result -> write(out, result));
      }
    } finally {
      deleteTree(folder);
    }
  }

  /** A human-readable block per item: verdict, turns, answers, what was expected. */
  private static void write(BufferedWriter out, QaRun.Result r) {
    if (out == null) {
      return;
    }
    QaItem item = r.item();
    StringBuilder b = new StringBuilder();
    String verdict = r.verdict().correct() ? (r.verdict().firstSentenceCorrect() ? "PASS" : "PASS (not first sentence)") : "FAIL";
    b.append("== ").append(verdict).append("  ").append(item.id()).append("  [").append(item.kind()).append("]");
    item.asOf().ifPresent(t -> b.append("  as of ").append(t));
    b.append('\n');
    for (int i = 0; i < item.turns().size(); i++) {
      b.append("Q: ").append(item.turns().get(i)).append('\n');
      String a = r.answers().get(i).text().replace("\n", "\n   ");
      b.append("A: ").append(r.answers().get(i).abstained() ? "(abstained) " : "").append(a).append('\n');
    }
    b.append(item.abstain() ? "expected: an abstention" : "expected: " + item.must() + "  from " + item.url().orElse("?"));
    b.append("\n\n");
    try {
      out.write(b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String table(QaRun.Summary s) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s %6s %9s %16s%n", "kind", "items", "correct", "first sentence"));
    for (QaRun.Row row : s.kinds()) {
      b.append(line(row));
    }
    b.append(line(s.all()));
    b.append(String.format(Locale.ROOT, "Latency per turn: p50 %.1f ms, p99 %.1f ms", s.latencyP50Ms(), s.latencyP99Ms()));
    return b.toString();
  }

  private static String line(QaRun.Row r) {
    String first = r.firstSentenceApplies() ? String.format(Locale.ROOT, "%5.1f%%", 100 * r.firstSentenceShare()) : "–";
    return String.format(Locale.ROOT, "%-14s %6d %8.1f%% %16s%n", r.kind(), r.items(), 100 * r.correctShare(), first);
  }

  static ObjectNode json(QaRun.Summary s) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ArrayNode kinds = root.putArray("kinds");
    s.kinds().forEach(r -> kinds.add(json(r)));
    root.set("all", json(s.all()));
    root.put("latency_p50_ms", Math.round(s.latencyP50Ms() * 10) / 10.0);
    root.put("latency_p99_ms", Math.round(s.latencyP99Ms() * 10) / 10.0);
    return root;
  }

  private static ObjectNode json(QaRun.Row r) {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("kind", r.kind());
    n.put("items", r.items());
    n.put("correct", r.correct());
    n.put("first_sentence_correct", r.firstSentenceCorrect());
    n.put("accuracy", Math.round(r.correctShare() * 10000) / 10000.0);
    if (r.firstSentenceApplies()) {
      n.put("first_sentence_accuracy", Math.round(r.firstSentenceShare() * 10000) / 10000.0);
    }
    return n;
  }

  /** Deletes the temporary index folder and everything in it; what cannot be deleted is left. */
  private static void deleteTree(Path folder) {
    try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
