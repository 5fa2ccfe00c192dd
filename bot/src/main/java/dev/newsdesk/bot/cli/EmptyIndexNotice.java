package dev.newsdesk.bot.cli;

import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.PrintStream;

/**
 * Says plainly when a service starts on an empty or missing index, so a mistyped index folder
 * never looks like a quiet news day. Only {@code console} and {@code ask} index the sample news.
 */
final class EmptyIndexNotice {

  private EmptyIndexNotice() {}

  static void warnIfEmpty(NewsIndex index, PrintStream notices) {
    if (index.articleCount() == 0) {
      notices.printf("newsdesk: the index at %s is empty or missing: every question will find nothing."
          + " Add news with: newsdesk ingest PATH|URL... (or newsdesk feeds add URL)%n", index.location());
    }
  }
}
