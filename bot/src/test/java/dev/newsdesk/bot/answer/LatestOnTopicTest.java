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
 * "What happened yesterday in Verrel?" when nothing was published yesterday: the answer is announced
 * as the latest on Verrel, so it must come from the newest Verrel story, though older ones name the
 * town more often and rank higher. Articles written for this test, answered offline through the real
 * pipeline as of 10 March 2027, each search keeping one passage so the newest story is not the one
 * first read.
 */
@DisplayName("The latest on a topic, when nothing is from the day asked")
class LatestOnTopicTest {

  @TempDir static Path folder;
  static SmallNews news;

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, Instant.parse("2027-03-10T12:00:00Z"), List.of(
        article("ferry", "Verrel ferry strike: Verrel crews walk out", "Fjord Times", "2027-03-02",
            "Ferry crews in Verrel walked out on Monday. Verrel's ferries to Lunde stood still, and Verrel traders "
                + "said the Verrel quay was empty."),
        article("market", "Verrel winter market returns to Verrel square", "Fjord Times", "2027-03-03",
            "The Verrel winter market returned to Verrel square on Saturday, and Verrel shops stayed open late."),
        article("school", "New school opens", "Fjord Times", "2027-03-04",
            "A new primary school with places for 240 pupils opened on Thursday. The building has a sports hall, "
                + "a library and a garden that the pupils will look after, and the head teacher said the first "
                + "week had gone well. It stands on the old football ground at the edge of Verrel.")),
        Map.of("NEWSDESK_RETRIEVAL_PASSAGES", "1"));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("the note names the newest story's day and the answer cites it first")
  void newestStoryOnTheTopic() {
    Answer answer = news.ask("What happened yesterday in Verrel?");
    assertThat(answer.text()).startsWith("Nothing in the indexed news from 9 March 2027")
        .contains("the latest, from 4 March 2027");
    assertThat(answer.sources().get(0).title()).isEqualTo("New school opens");
  }
}
