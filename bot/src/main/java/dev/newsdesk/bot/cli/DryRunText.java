package dev.newsdesk.bot.cli;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.ingest.DryRun;
import java.io.PrintStream;

/** {@code ingest --dry-run} without {@code --json}: each article's fields, one block each. */
final class DryRunText {

  private static final int PREVIEW = 160;

  private DryRunText() {}

  static void print(DryRun.Report report, PrintStream out) {
    for (DryRun.ReadArticle read : report.articles()) {
      Article a = read.article();
      out.println(a.title());
      out.println("  id " + a.id() + (a.url().map(u -> "  " + u).orElse("")));
      out.println("  outlet " + a.outlet() + (a.authors().isEmpty() ? "" : "  by " + String.join(", ", a.authors())));
      out.println("  published " + a.published().map(Object::toString).orElse("(none)")
          + read.notes().publishedFrom().map(f -> " from " + f).orElse("")
          + (read.notes().partial() ? "  PARTIAL" : ""));
      read.notes().warnings().forEach(w -> out.println("  warning: " + w));
      String text = a.text().replace("\n\n", " ¶ ");
      out.println("  " + a.text().length() + " chars: "
          + (text.length() > PREVIEW ? text.substring(0, PREVIEW) + "…" : text));
    }
    report.problems().forEach(p -> out.println("problem: " + p.location() + ": " + p.reason()));
    out.println(report.articles().size() + " articles, " + report.problems().size() + " problems (dry run: nothing written)");
  }
}
