package dev.newsdesk.bot.channel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.retrieval.search.LatestHeadlines.Headline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Discord Markdown")
class DiscordMarkdownTest {

  static final String URL = "https://coastline.example/2026/11/02/harbour-board (vote)?id=77";

  static Source source(int n, String title) {
    return new Source(n, "a" + n, title, "Coastline Daily", Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(URL),
        "excerpt");
  }

  @Nested
  @DisplayName("renders an answer")
  class Answers {

    @Test
    @DisplayName("as the text with its [n] markers, then the sources as masked links that do not unfurl")
    void cited() {
      String message = DiscordMarkdown.answer(new Answer("The board voted to dredge [1].", false,
          List.of(source(1, "Harbour board [votes] to dredge"))));

      assertThat(message).isEqualTo("The board voted to dredge [1].\n\n**Sources**\n"
          + "[1] [Harbour board (votes) to dredge](<https://coastline.example/2026/11/02/harbour-board%20%28vote%29?id=77>)"
          + " — Coastline Daily, 2026-11-02");
    }

    @Test
    @DisplayName("with quoted text made inert: no link, emphasis, heading, mention or broadcast; [n] kept")
    void inert() {
      String hostile = "# Breaking\n> quoted **bold** __under__ ~~gone~~ ||spoiler|| `code` <@123> <@&456> "
          + "[click here](https://phish.example/login) to dredge [1]. @everyone @here";
      String message = DiscordMarkdown.answer(new Answer(hostile, false, List.of(source(1, "Harbour board @everyone"))));

      assertThat(message).startsWith("\\# Breaking\n\\> quoted \\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~gone\\~\\~ "
          + "\\|\\|spoiler\\|\\| \\`code\\` \\<@123> \\<@&456> [click here]\u200B(https://phish.example/login) to dredge [1].");
      assertThat(message).doesNotContain("@everyone", "@here", "](https://phish");
      assertThat(message.replace("\u200B", "")).contains("@everyone @here").contains("[Harbour board @everyone](<");
    }
  }

  @Test
  @DisplayName("renders headlines as a list of masked links with outlet and date")
  void headlines() {
    String message = DiscordMarkdown.headlines(List.of(
        new Headline("a1", "Ferrow lighthouse to close", "Harbourwatch", Optional.of(Instant.parse("2026-11-28T09:00:00Z")),
            Optional.of("https://harbourwatch.example/ferrow")),
        new Headline("a2", "Undated note", "", Optional.empty(), Optional.empty())), "lighthouse");

    assertThat(message).isEqualTo("**Latest headlines about “lighthouse”**\n"
        + "• [Ferrow lighthouse to close](<https://harbourwatch.example/ferrow>) — Harbourwatch, 2026-11-28\n"
        + "• Undated note");
  }

  @Nested
  @DisplayName("splits a message")
  class Split {

    @Test
    @DisplayName("into parts of at most 2,000 characters, in order, losing no word")
    void inOrder() {
      String text = IntStream.rangeClosed(1, 300).mapToObj(i -> "Sentence " + i + " says something [1].")
          .collect(Collectors.joining(" "));

      List<String> parts = MessageParts.split(text, MessageParts.DISCORD_LIMIT);

      assertThat(parts).hasSizeGreaterThan(3).allSatisfy(p -> assertThat(p.length()).isBetween(1000, 2000));
      assertThat(String.join(" ", parts)).isEqualTo(text);
      assertThat(parts).allSatisfy(p -> assertThat(p).endsWith("[1]."));
    }

    @Test
    @DisplayName("between lines, so a source's masked link is never cut")
    void atLines() {
      String sources = IntStream.rangeClosed(1, 40).mapToObj(i -> DiscordMarkdown.answer(new Answer("x [1].", false,
          List.of(source(i, "A title long enough to matter, number " + i)))).lines().reduce((a, b) -> b).orElseThrow())
          .collect(Collectors.joining("\n"));

      List<String> parts = MessageParts.split(sources, MessageParts.DISCORD_LIMIT);

      assertThat(parts).hasSizeGreaterThan(1);
      assertThat(parts).allSatisfy(p -> assertThat(p.lines()).allSatisfy(line ->
          assertThat(line).matches("\\[\\d+] \\[[^\\]]+\\]\\(<[^>]+>\\) — Coastline Daily, 2026-11-02")));
    }

    @Test
    @DisplayName("inside a word only when there is no space, never between a surrogate pair or after an escape")
    void hardCuts() {
      String emoji = "\uD83D\uDCF0".repeat(1500);
      String escapes = "a".repeat(1999) + "\\*" + "b".repeat(100);

      assertThat(MessageParts.split(emoji, 2000)).allSatisfy(p -> {
        assertThat(p.length()).isLessThanOrEqualTo(2000);
        assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
      });
      assertThat(MessageParts.split(escapes, 2000).get(1)).startsWith("\\*b");
    }
  }
}
