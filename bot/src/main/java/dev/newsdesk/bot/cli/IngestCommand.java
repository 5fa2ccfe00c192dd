package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.api.IngestReportJson;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.DryRun;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.store.LockObtainFailedException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk ingest PATH|URL...}: adds news to the index and reports what happened. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Add news to the index: files, folders (recursively) and web addresses.",
      "Reads plain text, Markdown, HTML, JSON, JSON Lines, RSS and Atom.",
      "Exits with status 1 when any input failed; the rest are still ingested.",
      "With --dry-run, reads the inputs exactly as ingest would and touches no index."
    })
final class IngestCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or http(s) addresses.")
  private List<String> inputs;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  private boolean json;

  @Option(names = "--no-progress", description = "Do not show the progress bar.")
  private boolean noProgress;

  @Option(
      names = "--dry-run",
      description = "Read the inputs and show the articles they hold (with --json: one JSON object"
          + " {\"articles\": [...], \"problems\": [...]}); the index is not touched.")
  private boolean dryRun;

  @Override
  public Integer call() throws Exception {
    CliContext context = parent.context();
    if (dryRun) {
      return dryRun(context);
    }
    Newsdesk newsdesk = new Newsdesk(parent.config());
    IngestReport report;
    try {
      report = ingestHere(newsdesk, context);
    } catch (RetrievalException e) {
      if (!(e.getCause() instanceof LockObtainFailedException)) {
        throw e;
      }
      report = ingestThroughService(e, context);
    }
    if (json) {
      context.out().println(new ObjectMapper().writeValueAsString(IngestReportJson.of(report)));
    } else {
      print(report, context.out());
    }
    return report.hasFailures() ? 1 : 0;
  }

  private int dryRun(CliContext context) throws Exception {
    DryRun.Report report = new DryRun(new Newsdesk(parent.config()).inputLoader(), Readers::read).read(inputs);
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      context.out().println(mapper.writeValueAsString(report.toJson(mapper)));
    } else {
      DryRunText.print(report, context.out());
    }
    return report.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.FAILED) ? 1 : 0;
  }

  private IngestReport ingestHere(Newsdesk newsdesk, CliContext context) throws Exception {
    try (NewsIndex index = newsdesk.openForWriting();
        ProgressListener progress = ProgressListener.create(context.err(), !noProgress && !json)) {
      return newsdesk.ingester(index).ingest(inputs, progress);
    }
  }

  /** The index is held by a running {@code serve}: hand the inputs to it, when the API token allows. */
  private IngestReport ingestThroughService(RetrievalException locked, CliContext context) throws Exception {
    Optional<String> token = parent.config().channels().api().token();
    if (token.isEmpty()) {
      throw new RetrievalException(locked.getMessage() + "; or set api.token (NEWSDESK_API_TOKEN) for both, and "
          + "ingest hands the news to the running service", locked);
    }
    context.err().println("The index is in use by a running service; handing the ingest to it.");
    return ServiceIngest.send(parent.config().channels().http(), token.get(), inputs);
  }

  static void print(IngestReport report, PrintStream out) {
    double seconds = Math.max(0.001, report.elapsed().toNanos() / 1e9);
    out.printf(
        Locale.ROOT,
        "%,d added, %,d updated, %,d unchanged, %,d skipped, %,d failed (%,d passages written) in %.1f s, %.0f articles/s%n",
        report.added(),
        report.updated(),
        report.unchanged(),
        report.skipped().size(),
        report.failed().size(),
        report.passages(),
        seconds,
        report.articles() / seconds);
    printProblems("Failed", report.failed(), out);
    printProblems("Skipped", report.skipped(), out);
    printProblems("Warnings (kept)", report.warnings(), out);
  }

  private static void printProblems(String heading, List<Problem> problems, PrintStream out) {
    if (!problems.isEmpty()) {
      out.println(heading + ":");
      problems.forEach(p -> out.println("  " + p.location() + ": " + p.reason()));
    }
  }
}
