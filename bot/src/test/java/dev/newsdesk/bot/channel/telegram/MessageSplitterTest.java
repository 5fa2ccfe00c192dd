package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Splitting a message into parts Telegram accepts")
class MessageSplitterTest {

  private final MessageSplitter splitter = MessageSplitter.html(400);

  @Test
  void should_keep_a_short_message_whole() {
    assertThat(splitter.split("Short <b>and</b> sweet.")).containsExactly("Short <b>and</b> sweet.");
  }

  @Test
  void should_cut_at_a_paragraph_when_one_fits() {
    String first = "A".repeat(250);
    String second = "B".repeat(250);
    assertThat(splitter.split(first + "\n\n" + second)).containsExactly(first, second);
  }

  @Test
  void should_cut_after_a_sentence_and_its_citation_when_a_paragraph_is_too_long() {
    String sentence = "The bridge reopened on Monday after long repairs [1]. ";
    List<String> parts = splitter.split(sentence.repeat(12).strip());
    assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
      assertThat(part).startsWith("The bridge").endsWith("[1].");
      assertThat(part.length()).isLessThanOrEqualTo(400);
    });
  }

  @Test
  void should_close_and_reopen_a_tag_that_spans_a_cut() {
    String html = "<i>" + "word ".repeat(150).strip() + "</i>";
    List<String> parts = splitter.split(html);
    assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
      assertThat(part).startsWith("<i>").endsWith("</i>");
      assertThat(MessageSplitter.openTags(part)).isEmpty();
    });
  }

  @Test
  void should_never_cut_inside_an_entity_or_a_link() {
    String html = "x".repeat(380) + "&amp;&amp;<a href=\"https://example.org/a\">link</a>" + "tail".repeat(40);
    List<String> parts = splitter.split(html);
    assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
      assertThat(part).doesNotEndWith("&").doesNotEndWith("&amp").doesNotEndWith("<a");
      assertThat(part.length()).isLessThanOrEqualTo(400);
      assertThat(MessageSplitter.openTags(part)).isEmpty();
    });
    assertThat(String.join("", parts).replaceAll("</?a[^>]*>", "")).isEqualTo(html.replaceAll("</?a[^>]*>", ""));
  }
}
