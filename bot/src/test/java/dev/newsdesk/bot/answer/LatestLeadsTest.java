package dev.newsdesk.bot.answer;

import static dev.newsdesk.bot.answer.SmallNews.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What happened today?" when nothing was published today: the note names the latest day, and the
 * stories quoted under it are that week's, not an older one the widened search also found. Articles
 * written for this test, answered offline through the real pipeline, as of 10 March 2027.
 */
@DisplayName("The latest stories, when nothing is from today")
class LatestLeadsTest {

  @TempDir static Path folder;
  static SmallNews news;

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, Instant.parse("2027-03-10T12:00:00Z"), List.of(
        article("rink", "Lunde ice rink to open on 27 March", "Fjord Times", "2027-03-09",
            "The new Lunde ice rink will now open on 27 March, the town said on Tuesday. Tickets go on sale next week."),
        article("bakery", "Bakery prices rise in Verrel", "Fjord Times", "2027-03-06",
            "Bakeries in Verrel have raised the price of a loaf of rye bread by 4 crowns this month. "
                + "Bakers blamed the higher cost of flour and electricity for the increase."),
        article("regatta", "Osterby sailing club wins the autumn race", "Fjord Times", "2026-11-14",
            "The Osterby Sailing Club won the autumn race across the fjord on Saturday. "
                + "Its crew of six finished in 2 hours and 14 minutes, ahead of boats from Verrel and Lunde. "
                + "\"This is the best news our club has had in years, and today we celebrate,\" its captain said.")));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("the latest stories come from the week before the latest day, and the note names that day")
  void latestWeekOnly() {
    Answer answer = news.ask("What happened today?");
    assertThat(answer.text()).startsWith("Nothing in the indexed news is from 10 March 2027")
        .contains("the latest, from 9 March 2027").contains("Lunde ice rink").doesNotContain("Sailing Club");
    assertThat(answer.sources()).allSatisfy(source -> assertThat(source.published()).hasValueSatisfying(
        day -> assertThat(day).isAfterOrEqualTo(LocalDate.parse("2027-03-02"))));
  }

  @Test
  @DisplayName("\"what's in the news today?\" lists the newest stories, not the old one that writes \"news\" and \"today\"")
  void newsWordsAreNoTopic() {
    for (String asked : List.of("What's in the news today?", "Any news today?", "Today's headlines?")) {
      Answer answer = news.ask(asked);
      assertThat(answer.text()).as(asked).startsWith("Nothing in the indexed news is from 10 March 2027; the latest, "
          + "from 9 March 2027: The new Lunde ice rink will now open on 27 March").doesNotContain("Sailing Club");
    }
  }

  @Test
  @DisplayName("\"what stories came out in 2025?\" names a past year no article is from: the note says so, once")
  void nothingFromAPastYear() {
    assertThat(news.ask("What stories came out in 2025?").text())
        .isEqualTo("Nothing in the indexed news is from 1 January 2025 to 31 December 2025.");
  }

  @Test
  @DisplayName("\"what's the latest news?\" names no dates: the newest stories, with no note")
  void latestWithoutDates() {
    Answer answer = news.ask("What's the latest news?");
    assertThat(answer.abstained()).isFalse();
    assertThat(answer.text()).startsWith("The new Lunde ice rink will now open on 27 March").contains("rye bread")
        .doesNotContain("Sailing Club");
  }

  @Test
  @DisplayName("\"what's new in Verrel?\" names a topic: it is searched, not listed by date")
  void topicIsSearched() {
    Answer answer = news.ask("What's new in Verrel?");
    assertThat(answer.text()).startsWith("Bakeries in Verrel have raised the price").doesNotContain("ice rink");
  }

  @Test
  @DisplayName("a rolling window is named by its length, not by a clock time: \"the past 24 hours\"")
  void rollingWindowByItsLength() {
    Answer answer = news.ask("Any news in the past 24 hours?");
    assertThat(answer.text()).startsWith("Nothing in the indexed news is from the past 24 hours; the latest, from "
        + "9 March 2027: The new Lunde ice rink").doesNotContain("UTC");
  }
}
