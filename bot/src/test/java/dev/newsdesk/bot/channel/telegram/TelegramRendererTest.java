package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Telegram's renderer")
class TelegramRendererTest {

  final TelegramRenderer renderer = new TelegramRenderer();

  @Test
  @DisplayName("/sources cuts an excerpt between characters: an emoji at the 600th unit is kept whole or left out")
  void excerptOnCodePoints() {
    String excerpt = "x".repeat(599) + "🐋" + " and the rest of the passage";
    Answer answer = new Answer("Whales [1].", false, List.of(new Source(1, "a1", "Whales", "Gazette", Optional.empty(),
        Optional.empty(), excerpt)));

    String shown = renderer.sourcesWithExcerpts(Optional.of(answer));

    assertThat(shown).contains("x".repeat(599)).doesNotContain("?").contains("…");
    assertThat(shown.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    assertThat(shown.replace("🐋", "")).matches("(?s)[^\\uD800-\\uDFFF]*");
  }

  @Test
  @DisplayName("the answer's quoted @channel and @all ping nobody")
  void broadcastMentions() {
    String html = renderer.answer(new Answer("Everyone @channel and @all was told [1].", false, List.of()));

    assertThat(html).doesNotContain("@channel", "@all").contains("@\u200Bchannel");
  }
}
