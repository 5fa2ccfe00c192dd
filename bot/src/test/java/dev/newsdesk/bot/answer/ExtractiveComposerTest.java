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

@DisplayName("The extractive composer's choice of sentences")
class ExtractiveComposerTest {

  @TempDir static Path folder;
  static SmallNews news;

  @BeforeAll
  static void index() {
    news = SmallNews.of(folder, Instant.parse("2026-10-01T12:00:00Z"), List.of(
        article("reservoir", "Drought lowers Tolven reservoir", "Fjord Times", "2026-09-20",
            "The Tolven reservoir has fallen to its lowest level in decades after a dry summer. "
                + "Water engineers measured the level at 31 percent of capacity on Friday. "
                + "Residents have been asked to shorten showers and skip watering lawns."),
        article("museum", "Glassworks museum reopens", "Fjord Times", "2026-09-22",
            "The Verrel glassworks museum reopened after a two-year restoration funded by local donors. "
                + "Curator Ilse Damgaard said the kilns would be fired again for visitors next spring.")),
        Map.of("NEWSDESK_EMBEDDING_PROVIDER", "none"));
  }

  @AfterAll
  static void close() {
    news.close();
  }

  @Test
  @DisplayName("the sentence that covers the question's rare words is quoted and cited")
  void quotesCoveringSentence() {
    Answer answer = news.ask("Who is the curator of the Verrel glassworks museum?");
    assertThat(answer.text()).startsWith("Curator Ilse Damgaard said").contains("[1]");
    assertThat(answer.sources()).extracting(Source::title).containsExactly("Glassworks museum reopens");
  }

  @Test
  @DisplayName("a how-much question leads with the sentence that holds the number")
  void numberFirst() {
    Answer answer = news.ask("How much water is in the Tolven reservoir, as engineers measured its level?");
    assertThat(answer.text()).startsWith("Water engineers measured the level at 31 percent");
  }

  @Test
  @DisplayName("a question about nothing the news mentions abstains and cites nothing")
  void abstains() {
    Answer answer = news.ask("What did the Oslo parliament decide about fishing quotas?");
    assertThat(answer.abstained()).isTrue();
    assertThat(answer.sources()).isEmpty();
    assertThat(answer.text()).isEqualTo(Abstention.NOT_FOUND);
  }
}
