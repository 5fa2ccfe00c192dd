package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.feedback.Feedback;
import dev.newsdesk.bot.feedback.FeedbackStore;
import dev.newsdesk.bot.watch.WatchDatabase;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsdesk feedback export [--json]}: the votes on answers (Telegram and Slack buttons, {@code
 * POST /api/feedback}), read from the watch database beside the index; works while serve runs.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true, description = "Votes on answers.",
    subcommands = FeedbackCommand.Export.class)
final class FeedbackCommand {

  @ParentCommand NewsdeskCommand parent;

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write every vote out, with its question, answer and sources, for review and evaluation.")
  static final class Export implements Callable<Integer> {

    @ParentCommand private FeedbackCommand feedback;

    @Option(names = "--json", description = "As one JSON array (the default is a short line per vote).")
    private boolean json;

    @Override
    public Integer call() {
      Newsdesk newsdesk = new Newsdesk(feedback.parent.config());
      PrintStream out = feedback.parent.context().out();
      if (!Files.exists(newsdesk.watchDatabaseFile())) {
        out.println(json ? "[]" : "No votes yet.");
        return 0;
      }
      try (WatchDatabase db = WatchDatabase.open(newsdesk.watchDatabaseFile())) {
        FeedbackStore store = new FeedbackStore(db);
        if (json) {
          out.println(store.exportJson());
        } else {
          for (Feedback f : store.all()) {
            out.println(f.at() + "  " + (f.vote() == Feedback.Vote.UP ? "+1" : "-1") + "  " + f.channel() + "  "
                + f.question());
          }
          out.println(store.count(Feedback.Vote.UP) + " up, " + store.count(Feedback.Vote.DOWN) + " down");
        }
      }
      return 0;
    }
  }
}
