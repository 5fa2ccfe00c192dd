package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.SampleNews;
import dev.newsdesk.bot.config.NewsdeskConfig;
import java.io.PrintStream;

/** Indexes the bundled sample news the first time a user asks into an empty index, and says so. */
final class FirstUse {

  private FirstUse() {}

  static void indexSampleNewsIfEmpty(Newsdesk newsdesk, PrintStream notices) {
    NewsdeskConfig config = newsdesk.config();
    SampleNews.indexIfEmpty(newsdesk)
        .ifPresent(
            report ->
                notices.printf(
                    "The index at %s was empty: indexed the bundled sample news (%d invented articles)."
                        + " Add your own with: newsdesk ingest PATH|URL...%n",
                    config.indexLocation(), report.articles()));
  }
}
