package dev.newsdesk.bot.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.channel.RenderingFuzz;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mattermost and Rocket.Chat rendering of malformed answers")
class HookMarkdownFuzzTest {

  @Test
  void should_stay_within_each_platform_limit() {
    for (Answer answer : RenderingFuzz.answers(5, 300)) {
      assertThat(HookMarkdown.render(answer, 16_383).length()).isLessThanOrEqualTo(16_383);
      assertThat(HookMarkdown.render(answer, 5_000).length()).isLessThanOrEqualTo(5_000);
    }
  }
}
