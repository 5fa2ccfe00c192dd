package dev.newsdesk.bot.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.config.ConfigLoader;
import dev.newsdesk.bot.config.DataFolders;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timelines over a small archive written for the test, indexed for real and read through the real pipeline. */
@DisplayName("A story timeline")
class StoryTimelinesTest {

  static final String CLOSURE = "The Calder Bridge will close to all traffic for ten weeks from Monday while engineers "
      + "replace its corroded steel bearings, the county roads office said. Buses on routes 4 and 17 will divert over "
      + "the Weir Street crossing, adding about twelve minutes to journeys. The bridge repairs are expected to cost "
      + "3.2 million crowns.";

  /** Published out of order on purpose: the timeline orders by date, not by input or rank. */
  static final List<Article> ARCHIVE = List.of(
      article("reopens", "Calder Bridge reopens two weeks early", "Northfield Courier", "2026-09-18",
          "The Calder Bridge reopened to traffic on Friday, two weeks ahead of schedule, after the bridge repairs "
              + "finished early. The county roads office said the work came in under budget at 2.9 million crowns."),
      article("closes", "Calder Bridge to close for ten weeks", "Northfield Courier", "2026-07-21", CLOSURE),
      article("closes-wire", "Commuters face ten weeks of detours", "Valley Wire", "2026-07-21",
          "NORTHFIELD (Valley Wire) - The Calder Bridge is to close to all traffic for ten weeks starting Monday so "
              + "engineers can replace corroded steel bearings, according to the county roads office. Buses on "
              + "routes 4 and 17 will be diverted over the Weir Street crossing, which adds roughly twelve minutes "
              + "to journeys. Repairs to the bridge should cost 3.2 million crowns."),
      article("closes-copy", "Bridge closure: what you need to know", "Coastline Daily", "2026-07-22",
          CLOSURE + "\n\nThis story first appeared in the Northfield Courier. Republished with permission."),
      article("cracks", "Cracks found in Calder Bridge supports", "Harbor Gazette", "2026-03-10",
          "Inspectors found cracks in two of the six supports of the Calder Bridge during a routine check, the "
              + "county roads office said on Tuesday. The bridge stays open, but lorries over 12 tonnes are banned "
              + "until repairs can be planned."),
      article("festival", "Calder Row street festival draws crowds", "Harbor Gazette", "2026-08-02",
          "Thousands of visitors filled Calder Row on Saturday for its summer street festival, with music, food "
              + "stalls and a parade of vintage buses."),
      article("bakers", "Village bakers form a cooperative", "Valley Wire", "2026-08-11",
          "Six village bakers have formed a cooperative to share an oven and a delivery van, saying rising flour "
              + "prices had made it hard to keep going alone."));

  @TempDir static Path folder;
  static NewsIndex index;
  static StoryTimelines timelines;

  @BeforeAll
  static void indexArchive() {
    Map<String, String> env = Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none");
    Newsdesk newsdesk = new Newsdesk(new ConfigLoader(env, new DataFolders(env, "Linux", folder))
        .load(Optional.empty()).withIndexPath(folder.resolve("index")),
        Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
    try (NewsIndex writable = newsdesk.openForWriting()) {
      newsdesk.ingester(writable).ingestArticles(ARCHIVE, IngestListener.QUIET);
    }
    index = newsdesk.openForReading();
    timelines = newsdesk.timelines(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static Article article(String slug, String title, String outlet, String day, String text) {
    return Article.of(Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug), title,
        outlet, List.of(), Optional.of(Instant.parse(day + "T09:00:00Z")), text);
  }

  @Test
  @DisplayName("lists the developments oldest first, one cited sentence each, a copy and a rewrite folded into their story")
  void ordersCitesAndDropsCopies() {
    Timeline timeline = timelines.timeline(Question.of("Calder Bridge"));

    assertThat(timeline.developments()).extracting(d -> d.date().orElseThrow()).containsExactly(
        LocalDate.parse("2026-03-10"), LocalDate.parse("2026-07-21"), LocalDate.parse("2026-09-18"));
    assertThat(timeline.sources()).extracting(Source::n).containsExactly(1, 2, 3);
    assertThat(timeline.sources()).extracting(Source::title).containsExactly("Cracks found in Calder Bridge supports",
        "Calder Bridge to close for ten weeks", "Calder Bridge reopens two weeks early");
    assertThat(timeline.developments().get(1).alsoIn()).containsExactly("Valley Wire");

    Answer shown = timeline.asAnswer();
    assertThat(shown.text()).isEqualTo("How “Calder Bridge” developed:\n"
        + "2026-03-10 — Inspectors found cracks in two of the six supports of the Calder Bridge during a routine "
        + "check, the county roads office said on Tuesday [1].\n"
        + "2026-07-21 — " + timeline.developments().get(1).sentence() + " Also reported by Valley Wire.\n"
        + "2026-09-18 — " + timeline.developments().get(2).sentence());
    assertThat(timeline.developments().get(1).sentence()).startsWith("The Calder Bridge will close").endsWith("[2].");
    assertThat(timeline.developments().get(2).sentence()).contains("reopened").endsWith("[3].");
    assertThat(shown.text()).doesNotContain("festival").doesNotContain("bakers");
  }

  @Test
  @DisplayName("reads the news as of the question's instant: nothing published after it shows")
  void respectsAsOf() {
    Timeline timeline = timelines.timeline(new Question("Calder Bridge", Optional.empty(),
        Optional.of(Instant.parse("2026-08-01T00:00:00Z")), Set.of()));

    assertThat(timeline.developments()).extracting(d -> d.date().orElseThrow().toString())
        .containsExactly("2026-03-10", "2026-07-21");
    assertThat(timeline.asOf()).isEqualTo(Instant.parse("2026-08-01T00:00:00Z"));
  }

  @Test
  @DisplayName("keeps to the outlets asked for")
  void respectsOutlets() {
    Timeline timeline = timelines.timeline(new Question("Calder Bridge", Optional.empty(), Optional.empty(),
        Set.of("Harbor Gazette")));

    assertThat(timeline.sources()).extracting(Source::outlet).containsExactly("Harbor Gazette");
  }

  @Test
  @DisplayName("says plainly that the news holds nothing about a topic it does not cover, and cites nothing")
  void notInTheNews() {
    Timeline timeline = timelines.timeline(Question.of("volcano eruption"));

    assertThat(timeline.found()).isFalse();
    assertThat(timeline.asAnswer().text())
        .isEqualTo("I found nothing in the news about “volcano eruption”, so I cannot show how it developed.");
    assertThat(timeline.asAnswer().sources()).isEmpty();
  }

  @Test
  @DisplayName("leaves out an article that shares only the place name of the topic")
  void offTopic() {
    Timeline timeline = timelines.timeline(Question.of("Calder Bridge closure"));

    assertThat(timeline.sources()).extracting(Source::title).doesNotContain("Calder Row street festival draws crowds");
  }

  @Test
  @DisplayName("asks for a topic when given none")
  void blank() {
    assertThatThrownBy(() -> timelines.timeline(Question.of("  "))).isInstanceOf(RejectedQuestionException.class)
        .hasMessage("Please name the story, for example: timeline Brennick port strike.");
  }
}
