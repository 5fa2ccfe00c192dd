package dev.newsdesk.bot.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.answer.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Answers in Slack mrkdwn")
class SlackMrkdwnTest {

  static Source source(int n, String title, Optional<String> url) {
    return new Source(n, "a" + n, title, "Harbour Gazette", Optional.of(LocalDate.of(2026, 11, 2)), url, "excerpt");
  }

  @Test
  @DisplayName("escapes & < > in the text and the titles, and links sources as <url|title>")
  void escapesAndLinks() {
    Answer answer = new Answer("Rates rose <sharply> & fast [1].", false,
        List.of(source(1, "Q&A: <rates>", Optional.of("https://news.example/a?x=1&y=2"))));

    assertThat(SlackMrkdwn.render(answer)).isEqualTo("Rates rose &lt;sharply&gt; &amp; fast [1].\n\n*Sources*\n"
        + "[1] <https://news.example/a?x=1&amp;y=2|Q&amp;A: &lt;rates&gt;> — Harbour Gazette, 2026-11-02");
  }

  @Test
  @DisplayName("a source without a web link is named, not linked; a notice follows in italics")
  void unlinkedSourceAndNotice() {
    Answer answer = new Answer("It flew [1].", false, List.of(source(1, "Launch", Optional.of("javascript:alert(1)"))))
        .withProvenance(Provenance.EXTRACTIVE_FALLBACK);

    assertThat(SlackMrkdwn.render(answer)).endsWith("[1] Launch — Harbour Gazette, 2026-11-02\n"
        + "_" + Provenance.EXTRACTIVE_FALLBACK.notice().orElseThrow() + "_");
  }

  @Test
  @DisplayName("a very long answer is cut to Slack's 4,000 characters and keeps its sources")
  void longAnswerKeepsSources() {
    Answer answer = new Answer("word & ".repeat(2000) + "[1]", false, List.of(source(1, "Launch", Optional.empty())));

    String rendered = SlackMrkdwn.render(answer);

    assertThat(rendered.length()).isLessThanOrEqualTo(SlackMrkdwn.MAX_LENGTH);
    assertThat(rendered).contains("…").endsWith("[1] Launch — Harbour Gazette, 2026-11-02").doesNotContain("&amp…");
  }

  @Test
  @DisplayName("the bot's mention is taken out of the question")
  void mentionRemoved() {
    assertThat(SlackQuestion.withoutMentions("<@UBOT> who won?  <@U2|ana>")).isEqualTo("who won?");
  }
}
