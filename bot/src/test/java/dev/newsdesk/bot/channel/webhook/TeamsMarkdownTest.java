package dev.newsdesk.bot.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Teams Markdown")
class TeamsMarkdownTest {

  @Test
  @DisplayName("puts each source on its own paragraph, as a link, with quoted text made inert")
  void rendered() {
    Answer answer = new Answer("The board voted [see](https://phish.example) to dredge [1]. <at>Everyone</at>", false,
        List.of(new Source(1, "a1", "Harbour board votes", "Coastline Daily", Optional.of(LocalDate.of(2026, 11, 2)),
            Optional.of("https://coastline.example/harbour"), "excerpt"),
            new Source(2, "a2", "Dredging begins", "Coastline Daily", Optional.empty(), Optional.empty(), "excerpt")));

    String message = HookMarkdown.teams(answer, TeamsHook.MAX_LENGTH);

    assertThat(message).isEqualTo("The board voted [see]\u200B(https://phish.example) to dredge [1]. <\u200Bat>Everyone<\u200B/at>"
        + "\n\n**Sources**\n\n[1] [Harbour board votes](https://coastline.example/harbour) — Coastline Daily, 2026-11-02"
        + "\n\n[2] Dredging begins — Coastline Daily");
  }
}
