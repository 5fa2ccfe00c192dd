package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.article.MainText;
import dev.newsdesk.retrieval.article.Readers;
import dev.newsdesk.retrieval.eval.IngestEvaluation;
import dev.newsdesk.retrieval.eval.IngestScores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk ingest-eval DIR}: scores how faithfully pages and feeds are read, per kind. */
@Command(
    name = "ingest-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score reading against a set of pages and feeds with expected fields (DIR/expected.json): "
          + "title, outlet, date, author accuracy, body recall and precision, per kind. Touches no index.",
      "The repository's set: retrieval/src/test/resources/ingest-eval"
    })
final class IngestEvalCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Parameters(paramLabel = "DIR", description = "Folder holding expected.json and the inputs it names.")
  private Path folder;

  @Option(names = "--extractor", paramLabel = "OWN|READABILITY",
      description = "Main-text extraction for web pages (default: ${DEFAULT-VALUE}).")
  private MainText.Extraction extractor = MainText.Extraction.DEFAULT;

  @Option(names = "--misses", description = "Also list every miss.")
  private boolean misses;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    Map<String, IngestScores> byKind = new IngestEvaluation(Readers.using(extractor)).run(folder);
    IngestScores total = byKind.values().stream().reduce(new IngestScores(), IngestScores::plus);
    PrintStream out = parent.context().out();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      root.put("extractor", extractor.name().toLowerCase(Locale.ROOT));
      byKind.forEach((kind, s) -> put(root.putObject("kinds").putObject(kind), s));
      put(root.putObject("total"), total);
      out.println(mapper.writeValueAsString(root));
    } else {
      out.printf("%-30s %5s %6s %6s %6s %7s %7s %7s %7s %7s %6s %4s%n", "kind (" + extractor.name().toLowerCase(Locale.ROOT) + ")",
          "items", "title", "outlet", "date", "undated", "authors", "recall", "precis.", "partial", "url", "loss");
      byKind.forEach((kind, s) -> row(out, kind, s));
      row(out, "all", total);
      if (misses) {
        total.misses().forEach(m -> out.println("  " + m));
      }
    }
    return 0;
  }

  private static void row(PrintStream out, String kind, IngestScores s) {
    out.printf(Locale.ROOT, "%-30s %5d %6s %6s %6s %7s %7s %7s %7s %7s %6s %4d%n",
        kind.length() > 30 ? kind.substring(0, 30) : kind, s.articles(),
        IngestScores.percent(s.tally("title")), IngestScores.percent(s.tally("outlet")),
        IngestScores.percent(s.tally("date")), IngestScores.percent(s.tally("undated")),
        IngestScores.percent(s.tally("authors")), IngestScores.percent(s.tally("body")),
        IngestScores.percent(s.tally("furniture")), IngestScores.percent(s.tally("partial")),
        IngestScores.percent(s.tally("url")), s.dataLoss());
  }

  private static void put(ObjectNode node, IngestScores s) {
    node.put("articles", s.articles());
    for (String m : IngestScores.MEASURES) {
      int[] t = s.tally(m);
      node.putArray(m).add(t[0]).add(t[1]);
    }
    node.put("data_loss", s.dataLoss());
    node.put("under_half_without_warning", s.halfWithoutWarning());
  }
}
