package dev.newsdesk.bot.cli;

import dev.newsdesk.retrieval.ingest.IngestListener;
import java.io.PrintStream;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows ingest progress as a bar of articles on the error stream; silent when turned off. */
final class ProgressListener implements IngestListener, AutoCloseable {

  private final Optional<ProgressBar> bar;
  private long known;

  private ProgressListener(Optional<ProgressBar> bar) {
    this.bar = bar;
  }

  static ProgressListener create(PrintStream err, boolean show) {
    if (!show) {
      return new ProgressListener(Optional.empty());
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Ingesting")
            .setUnit(" articles", 1)
            .setInitialMax(0)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .setUpdateIntervalMillis(250)
            .showSpeed()
            .build();
    return new ProgressListener(Optional.of(bar));
  }

  @Override
  public void documentRead(String location, int articles) {
    known += articles;
    bar.ifPresent(b -> b.maxHint(known));
  }

  @Override
  public void articleDone() {
    bar.ifPresent(ProgressBar::step);
  }

  @Override
  public void close() {
    bar.ifPresent(ProgressBar::close);
  }
}
