package dev.newsdesk.bot.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.channel.RenderingFuzz;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slack rendering of malformed answers")
class SlackMrkdwnFuzzTest {

  @Test
  void should_stay_within_the_limit_and_leave_no_control_character_but_links() {
    for (Answer answer : RenderingFuzz.answers(11, 300)) {
      String mrkdwn = SlackMrkdwn.render(answer);
      assertThat(mrkdwn.length()).isLessThanOrEqualTo(SlackMrkdwn.MAX_LENGTH);
      String outsideLinks = mrkdwn.replaceAll("<https?://[^<>|]*\\|[^<>]*>", "");
      assertThat(outsideLinks).doesNotContain("<", ">");
      assertThat(outsideLinks.replaceAll("&(amp|lt|gt);", "")).doesNotContain("&");
    }
  }
}
