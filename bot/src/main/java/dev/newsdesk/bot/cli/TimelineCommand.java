package dev.newsdesk.bot.cli;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.channel.console.ConsoleRenderer;
import dev.newsdesk.bot.story.Timeline;
import dev.newsdesk.bot.story.TimelineJson;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsdesk timeline "topic"}: how a story developed, oldest first, one cited sentence per development. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Show how a story developed: dated developments, oldest first, each cited.")
final class TimelineCommand implements Callable<Integer> {

  @ParentCommand private NewsdeskCommand parent;

  @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "The story (quotes optional).")
  private List<String> words;

  @Option(names = "--as-of", paramLabel = "yyyy-mm-dd",
      description = "Read the news as it stood at the end of this day (UTC).")
  private Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--json", description = "Print the timeline as one JSON object.")
  private boolean json;

  @Override
  public Integer call() {
    Newsdesk newsdesk = new Newsdesk(parent.config());
    FirstUse.indexSampleNewsIfEmpty(newsdesk, parent.context().err());
    try (NewsIndex index = newsdesk.openForReading()) {
      Optional<Instant> until = asOf.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
      Timeline timeline = newsdesk.timelines(index)
          .timeline(new Question(String.join(" ", words), Optional.empty(), until, Set.of()));
      parent.context().out().println(json ? TimelineJson.write(timeline)
          : new ConsoleRenderer(100).render(timeline.asAnswer()));
      return 0;
    }
  }
}
