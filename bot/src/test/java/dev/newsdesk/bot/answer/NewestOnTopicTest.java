package dev.newsdesk.bot.answer;

import static dev.newsdesk.bot.answer.SmallNews.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What's new in Verrel?": the newest stories about Verrel lead, though an older one names the town
 * far more often and ranks first by relevance, and a newer story that names Verrel only in passing
 * is no news from Verrel. Articles written for this test, answered offline through the real pipeline
 * as of 10 March 2027, each search keeping two passages so relevance alone would not reach the newest.
 */
@DisplayName("The latest on a topic the question names")
class NewestOnTopicTest {

  @TempDir static Path folder;
  static SmallNews news;

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, Instant.parse("2027-03-10T12:00:00Z"), List.of(
        article("strike", "Verrel ferry strike: Verrel crews walk out", "Fjord Times", "2027-01-12",
            "Ferry crews in Verrel walked out on Monday. Verrel's ferries to Lunde stood still, and Verrel traders "
                + "said the Verrel quay was empty. The Verrel ferry timetable will change from 1 April."),
        article("market", "Verrel winter market returns", "Fjord Times", "2027-02-03",
            "The Verrel winter market returned to the town square on Saturday with forty stalls."),
        article("library", "Verrel library reopens after repairs", "Fjord Times", "2027-03-04",
            "The library in Verrel reopened on Thursday after six months of repairs to its roof."),
        article("school", "New school opens in Lunde", "Fjord Times", "2027-03-08",
            "A new primary school with places for 240 pupils opened in Lunde on Monday. Its head teacher, who "
                + "taught in Verrel for ten years, said the first week had gone well.")),
        Map.of("NEWSDESK_RETRIEVAL_PASSAGES", "2"));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("\"what's new in Verrel?\" leads with the newest story about Verrel, not the best match nor a passing mention")
  void newestAboutTheTopic() {
    for (String asked : List.of("What's new in Verrel?", "Any news from Verrel?", "Latest Verrel news")) {
      Answer answer = news.ask(asked);
      assertThat(answer.text()).as(asked).startsWith("The library in Verrel reopened on Thursday")
          .doesNotContain("Lunde on Monday");
      assertThat(answer.sources().get(0).title()).as(asked).isEqualTo("Verrel library reopens after repairs");
    }
  }

  @Test
  @DisplayName("a question with \"new\" that asks a fact is answered from the sentence that states it")
  void newInAFactQuestion() {
    Answer answer = news.ask("When will the new Verrel ferry timetable change?");
    assertThat(answer.text()).startsWith("The Verrel ferry timetable will change from 1 April");
  }
}
