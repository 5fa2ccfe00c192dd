package dev.newsdesk.bot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.ingest.FeedState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service and the command line share one feed list: neither may lose the other's changes. */
@DisplayName("Feed subscriptions shared by serve and the CLI")
class FeedSubscriptionsTest {

  static final String POLLED = "https://valleywire.example/feed.xml";
  static final String ADDED = "https://harborgazette.example/rss";

  @TempDir Path folder;

  Path file() {
    return folder.resolve("index-feeds.json");
  }

  FeedState polled(String url) {
    return new FeedState(url, Optional.of("\"v1\""), Optional.empty(), 0, Instant.parse("2026-11-30T12:15:00Z"),
        Optional.empty());
  }

  @Test
  @DisplayName("a feed added by the CLI while serve runs survives serve's next save and is polled by it")
  void addedWhileServing() {
    FeedSubscriptions serve = FeedSubscriptions.load(file(), List.of(POLLED));
    FeedSubscriptions cli = FeedSubscriptions.load(file(), List.of(POLLED));
    cli.add(ADDED);
    cli.save();

    serve.update(polled(POLLED));
    serve.save();
    serve.refresh();

    assertThat(FeedSubscriptions.load(file(), List.of(POLLED)).all()).extracting(FeedState::url)
        .containsExactly(POLLED, ADDED);
    assertThat(serve.all()).extracting(FeedState::url).containsExactly(POLLED, ADDED);
    assertThat(FeedSubscriptions.load(file(), List.of(POLLED)).all().get(0).etag()).contains("\"v1\"");
  }

  @Test
  @DisplayName("a feed removed by the CLI while serve runs stays removed after serve saves its state")
  void removedWhileServing() {
    FeedSubscriptions first = FeedSubscriptions.load(file(), List.of());
    first.add(ADDED);
    first.save();
    FeedSubscriptions serve = FeedSubscriptions.load(file(), List.of());
    FeedSubscriptions cli = FeedSubscriptions.load(file(), List.of());
    cli.remove(ADDED);
    cli.save();

    serve.update(polled(ADDED));
    serve.save();

    assertThat(FeedSubscriptions.load(file(), List.of()).all()).isEmpty();
    assertThat(serve.all()).isEmpty();
  }
}
