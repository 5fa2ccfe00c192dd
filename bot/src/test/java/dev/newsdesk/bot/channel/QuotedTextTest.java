package dev.newsdesk.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.channel.slack.SlackMrkdwn;
import dev.newsdesk.bot.channel.webhook.HookMarkdownAccess;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What an article says is quoted, never obeyed: no hidden links, no images, no channel-wide pings; and it always fits. */
@DisplayName("Quoted article text in every channel")
class QuotedTextTest {

  static final String URL = "https://coastline.example/2026/11/02/harbour-board-votes-to-dredge?utm_source=feed&id=77";
  static final String HOSTILE = "The board voted [click here](https://phish.example/login) to dredge [1]. "
      + "![](https://track.example/pixel.gif) @channel @here @all <!channel> <https://phish.example/x> "
      + "[ref]: https://phish.example/ref";

  static Source source(String title) {
    return new Source(1, "a1", title, "Coastline Daily", Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(URL), "excerpt");
  }

  static Answer answer(String text, String title) {
    return new Answer(text, false, List.of(source(title)));
  }

  @Nested
  @DisplayName("is made inert")
  class Inert {

    @Test
    @DisplayName("in Mattermost and Rocket.Chat Markdown: no link, image, reference or autolink syntax, no broadcast mention; [n] kept")
    void hooks() {
      String message = HookMarkdownAccess.render(answer(HOSTILE, "Harbour board votes"), 16_383);

      assertThat(message).doesNotContain("](https://phish", "![", "]: https://phish", "<https://phish", "@channel",
          "@here", "@all", "<!channel>");
      assertThat(message).contains("to dredge [1].").contains("[1] [Harbour board votes](" + URL + ")");
      assertThat(message.replace("\u200B", "")).contains("[click here](https://phish.example/login)")
          .contains("@channel @here @all");
    }

    @Test
    @DisplayName("in Slack: <!channel> is escaped and @channel broken")
    void slack() {
      String message = SlackMrkdwn.render(answer(HOSTILE, "Harbour board votes @channel"));

      assertThat(message).doesNotContain("<!channel>", "@channel", "@here", "@all");
      assertThat(message).contains("<" + URL.replace("&", "&amp;") + "|Harbour board votes @\u200Bchannel>");
    }
  }

  @Nested
  @DisplayName("with a 5,400-character title")
  class LongTitle {

    final String title = "Harbour board votes to dredge the eastern channel ".repeat(108);
    final String text = "The board voted to dredge the eastern channel [1].";

    @Test
    @DisplayName("Slack keeps the answer and the whole link within 4,000 characters")
    void slack() {
      String message = SlackMrkdwn.render(answer(text, title));

      assertThat(message.length()).isLessThanOrEqualTo(SlackMrkdwn.MAX_LENGTH);
      assertThat(message).startsWith(text).contains("<" + URL.replace("&", "&amp;") + "|Harbour board votes");
      assertThat(message).contains("…>");
    }

    @Test
    @DisplayName("Rocket.Chat keeps the answer and the whole link within 5,000 characters")
    void rocketChat() {
      String message = HookMarkdownAccess.render(answer(text, title), 5_000);

      assertThat(message.length()).isLessThanOrEqualTo(5_000);
      assertThat(message).startsWith(text).contains("](" + URL + ")");
    }

    @Test
    @DisplayName("a long answer with many long sources keeps half the limit for the answer and drops whole source lines")
    void manySources() {
      String longText = "The board voted to dredge the eastern channel [1]. ".repeat(200);
      List<Source> sources = new java.util.ArrayList<>();
      for (int n = 1; n <= 30; n++) {
        sources.add(new Source(n, "a" + n, title, "Coastline Daily", Optional.empty(), Optional.of(URL + n), "x"));
      }
      String message = HookMarkdownAccess.render(new Answer(longText, false, sources), 5_000);

      assertThat(message.length()).isLessThanOrEqualTo(5_000);
      assertThat(message.indexOf("**Sources**")).isGreaterThanOrEqualTo(2_400);
      assertThat(message).containsPattern("_…and \\d+ more_$");
      assertThat(message.lines().filter(l -> l.startsWith("[")).toList())
          .allSatisfy(line -> assertThat(line).containsPattern("\\]\\(" + java.util.regex.Pattern.quote(URL) + "\\d+\\)"));
    }
  }

  @Nested
  @DisplayName("is shortened between characters")
  class CodePoints {

    @Test
    @DisplayName("never inside a surrogate pair or a combining sequence")
    void boundaries() {
      String emoji = "a".repeat(9) + "😀" + "bbbb";
      String accent = "a".repeat(9) + "e\u0301" + "bbbb";

      assertThat(TextCut.prefix(emoji, 10)).isEqualTo("a".repeat(9));
      assertThat(TextCut.prefix(emoji, 11)).isEqualTo("a".repeat(9) + "😀");
      assertThat(TextCut.prefix(accent, 10)).isEqualTo("a".repeat(9));
      assertThat(TextCut.shorten(emoji, 11)).isEqualTo("a".repeat(9) + "…");
      assertThat(TextCut.shorten("short", 10)).isEqualTo("short");
    }

    @Test
    @DisplayName("Slack and the hooks never leave half an emoji, whatever the limit")
    void renderers() {
      String text = "🚢".repeat(3_000) + " [1]";
      for (int max = 4_000; max < 4_010; max++) {
        assertThat(wellFormed(HookMarkdownAccess.render(answer(text, "Ships"), max))).isTrue();
      }
      assertThat(wellFormed(SlackMrkdwn.render(answer(text, "🚢".repeat(400))))).isTrue();
    }
  }

  static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        return false;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }
}
