package dev.newsdesk.bot.answer;

import static dev.newsdesk.bot.answer.SmallNews.article;
import static dev.newsdesk.bot.answer.SmallNews.firstSentence;
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
 * When the passages retrieved do not answer, the articles they come from are read further: the
 * paragraph naming who heads an office is the report's last, while its opening paragraphs repeat the
 * office's name. Only articles already found are read, so a question the news does not answer still
 * abstains. Articles written for this test, answered offline through the real pipeline, each search
 * keeping one passage per article so the report's last paragraph is not among those first read.
 */
@DisplayName("Reading the articles found further when their best passages do not answer")
class ReadFurtherTest {

  @TempDir static Path folder;
  static SmallNews news;

  private static final String FILLER = "Boats from the northern villages queued at the quay for most of the day, "
      + "and the harbour cafes stayed open late for the crews. ";

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, Instant.parse("2027-04-20T12:00:00Z"), List.of(
        article("quay", "Ostvik quay to close for dredging", "Fjord Times", "2027-04-12",
            "The Ostvik harbour office said on Monday that the east quay will close for six weeks of dredging "
                + "from 3 May. The Ostvik harbour office expects the work to cost 1.9 million crowns, and the "
                + "Ostvik harbour office will move the ferry berth to the west quay while it lasts. "
                + FILLER.repeat(8) + "\n\n"
                + "Fishing crews said the west quay was too small for the whole fleet, and several skippers asked "
                + "for the work to wait until the autumn. " + FILLER.repeat(8) + "\n\n"
                + "\"We cannot wait another winter with a channel this shallow,\" said Ms. Ylva Brandt, head of the "
                + "harbour office. Engineer Mr. Tor Hauge said the channel would be two metres deeper afterwards."),
        article("market", "Ostvik fish market moves indoors", "Fjord Times", "2027-04-15",
            "The Ostvik fish market will move into the old rope works next month, the town council said. "
                + "Stallholders will pay the same rent as on the square.")),
        Map.of("NEWSDESK_RETRIEVAL_MAX_PASSAGES_PER_ARTICLE", "1"));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("the report's last paragraph names who heads the office, and the answer leads with her")
  void laterParagraphAnswers() {
    Answer answer = news.ask("Who heads the Ostvik harbour office?");
    assertThat(answer.abstained()).isFalse();
    assertThat(firstSentence(answer)).contains("Ylva Brandt");
  }

  @Test
  @DisplayName("a question no article answers still abstains after the articles found are read further")
  void absentStillAbstains() {
    assertThat(news.ask("Who heads the Ostvik fire brigade?").abstained()).isTrue();
  }
}
