package dev.newsdesk.bot.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Story grouping")
class StoryGroupingTest {

  private final StoryGrouping grouping = new StoryGrouping();

  static final String BRIDGE = "The Calder Bridge will close to all traffic for ten weeks from Monday while engineers "
      + "replace its corroded steel bearings, the county roads office said. Buses on routes 4 and 17 will divert "
      + "over the Weir Street crossing, adding about twelve minutes to journeys. The repairs are expected to cost "
      + "3.2 million crowns and were brought forward after an inspection in March found cracks in two of the "
      + "bridge's six supports. Shopkeepers on Calder Row said they feared losing passing trade during the closure.";

  static final String BRIDGE_REOPENS = "The Calder Bridge reopened to traffic on Friday, two weeks ahead of "
      + "schedule, after engineers finished replacing the corroded steel bearings found cracked in March. "
      + "The county roads office said the work came in under budget at 2.9 million crowns. Bus routes 4 and 17 "
      + "return to their usual path from Saturday. Shopkeepers on Calder Row welcomed the early end of the works.";

  static StoryArticle article(String id, String outlet, String day, String title, String text) {
    return new StoryArticle(id, title, outlet, Optional.of(Instant.parse(day + "T08:00:00Z")),
        Optional.of("https://" + id + ".example/"), text);
  }

  @Nested
  @DisplayName("groups into one story")
  class Groups {

    @Test
    @DisplayName("a syndicated copy with its own headline, a wire dateline and a republishing footer")
    void syndicatedCopy() {
      StoryArticle original = article("courier", "Northfield Courier", "2026-07-21", "Calder Bridge to close", BRIDGE);
      StoryArticle copy = article("wire", "Valley Wire", "2026-07-21", "Commuters face ten weeks of detours",
          "NORTHFIELD (Valley Wire) - " + BRIDGE + "\n\nThis story first appeared in the Northfield Courier.");

      List<Story> stories = grouping.group(List.of(copy, original));

      assertThat(stories).hasSize(1);
      assertThat(stories.get(0).copies()).extracting(StoryArticle::articleId).containsExactly("wire", "courier");
      assertThat(stories.get(0).outlets()).isEqualTo(2);
    }

    @Test
    @DisplayName("one outlet's re-publication months later, the first publication representing it")
    void republication() {
      StoryArticle first = article("first", "Northfield Courier", "2026-07-21", "Calder Bridge to close", BRIDGE);
      StoryArticle again = article("again", "Northfield Courier", "2026-11-02", "From the archive: the bridge", BRIDGE);

      List<Story> stories = grouping.group(List.of(again, first));

      assertThat(stories).singleElement().satisfies(story -> {
        assertThat(story.representative().articleId()).isEqualTo("first");
        assertThat(story.outlets()).isEqualTo(1);
        assertThat(story.firstPublished()).contains(Instant.parse("2026-07-21T08:00:00Z"));
      });
    }

    @Test
    @DisplayName("a copy whose ending was cut")
    void cutCopy() {
      String cut = BRIDGE.substring(0, BRIDGE.indexOf(" The repairs"));
      StoryArticle original = article("courier", "Northfield Courier", "2026-07-21", "Calder Bridge to close", BRIDGE);
      StoryArticle copy = article("gazette", "Harbor Gazette", "2026-07-22", "Bridge closure", cut);

      assertThat(grouping.sameStory(original, copy)).isTrue();
      assertThat(grouping.resemblance(original, copy)).isGreaterThan(0.9);
    }
  }

  @Nested
  @DisplayName("keeps apart")
  class KeepsApart {

    @Test
    @DisplayName("a later development of the same story, which shares its names and places")
    void laterDevelopment() {
      StoryArticle closes = article("closes", "Northfield Courier", "2026-07-21", "Calder Bridge to close", BRIDGE);
      StoryArticle reopens = article("reopens", "Northfield Courier", "2026-09-18", "Calder Bridge reopens early",
          BRIDGE_REOPENS);

      assertThat(grouping.group(List.of(closes, reopens))).hasSize(2);
      assertThat(grouping.resemblance(closes, reopens)).isLessThan(StoryGrouping.SAME_STORY);
    }

    @Test
    @DisplayName("a similar report published weeks apart, unless it is a near-verbatim copy")
    void farApart() {
      StoryArticle closes = article("closes", "Northfield Courier", "2026-07-21", "Calder Bridge to close", BRIDGE);
      String rewritten = BRIDGE.replace("ten weeks", "eight weeks").replace("Monday", "Tuesday")
          .replace("Shopkeepers on Calder Row said they feared losing passing trade during the closure.",
              "Cyclists may still cross on foot, pushing their bikes, the office added, and ferries will run late.")
          .replace("expected to cost", "now budgeted at").replace("brought forward", "scheduled");
      StoryArticle weeksLater = article("later", "Valley Wire", "2026-09-01", "Calder Bridge works again", rewritten);
      StoryArticle sameWeek = article("week", "Valley Wire", "2026-07-23", "Calder Bridge works", rewritten);

      double overlap = grouping.resemblance(closes, weeksLater);
      assertThat(overlap).isBetween(StoryGrouping.SAME_STORY, StoryGrouping.REPUBLISHED);
      assertThat(grouping.sameStory(closes, weeksLater)).isFalse();
      assertThat(grouping.sameStory(closes, sameWeek)).isTrue();
    }

    @Test
    @DisplayName("a very short text that shares a few words")
    void shortText() {
      StoryArticle closes = article("closes", "Northfield Courier", "2026-07-21", "Calder Bridge to close", BRIDGE);
      StoryArticle brief = article("brief", "Valley Wire", "2026-07-21", "In brief", "Calder Bridge closure: buses divert.");

      assertThat(grouping.sameStory(closes, brief)).isFalse();
    }
  }

  @Test
  @DisplayName("lists stories in the order of their first article and counts an article given twice once")
  void order() {
    StoryArticle reopens = article("reopens", "Northfield Courier", "2026-09-18", "Reopens", BRIDGE_REOPENS);
    StoryArticle closes = article("closes", "Northfield Courier", "2026-07-21", "Closes", BRIDGE);
    StoryArticle copy = article("copy", "", "2026-07-21", "Copy", BRIDGE);

    List<Story> stories = grouping.group(List.of(reopens, closes, reopens, copy));

    assertThat(stories).extracting(s -> s.representative().articleId()).containsExactly("reopens", "closes");
    assertThat(stories.get(1).copies()).hasSize(2);
    assertThat(stories.get(1).outlets()).as("an article without an outlet counts as its own outlet").isEqualTo(2);
  }
}
