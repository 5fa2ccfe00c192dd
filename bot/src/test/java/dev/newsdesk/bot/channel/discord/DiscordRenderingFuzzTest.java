package dev.newsdesk.bot.channel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.channel.RenderingFuzz;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord rendering of malformed answers")
class DiscordRenderingFuzzTest {

  @Test
  @DisplayName("every part fits a message, the parts keep the whole reply in order, and no mention survives unescaped")
  void withinLimits() {
    for (Answer answer : RenderingFuzz.answers(18, 300)) {
      String reply = DiscordMarkdown.answer(answer);
      List<String> parts = MessageParts.split(reply, MessageParts.DISCORD_LIMIT);

      assertThat(reply.length()).isLessThanOrEqualTo(DiscordMarkdown.MAX_REPLY);
      assertThat(parts).hasSizeLessThanOrEqualTo(ReplyDelivery.MAX_PARTS)
          .allSatisfy(p -> assertThat(p.length()).isBetween(1, MessageParts.DISCORD_LIMIT));
      assertThat(String.join("", parts).replaceAll("\\s", "")).isEqualTo(reply.replaceAll("\\s", ""));
      assertThat(reply).doesNotContainPattern("(?<!\\\\)<@");
      if (!answer.sources().isEmpty()) {
        assertThat(reply).contains("**Sources**");
      }
    }
  }
}
