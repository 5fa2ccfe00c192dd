package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.channel.RenderingFuzz;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Telegram rendering of malformed answers")
class TelegramRenderingFuzzTest {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)(?:\\s[^<>]*)?>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|#\\d+|#x[0-9a-fA-F]+);");
  private static final Set<String> ALLOWED = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
      "code", "pre", "tg-spoiler", "blockquote");

  @Test
  void should_always_give_parts_within_the_limit_with_balanced_known_tags_and_escaped_text() {
    TelegramRenderer renderer = new TelegramRenderer();
    MessageSplitter splitter = MessageSplitter.html(MessageSplitter.TELEGRAM_LIMIT);
    for (Answer answer : RenderingFuzz.answers(20261129, 300)) {
      List<String> parts = splitter.split(renderer.answer(answer));
      assertThat(parts).isNotEmpty();
      for (String part : parts) {
        assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
        assertWellFormed(part);
      }
    }
  }

  private static void assertWellFormed(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(html);
    int last = 0;
    while (tag.find()) {
      assertPlain(html.substring(last, tag.start()), html);
      assertThat(ALLOWED).as("tag <%s> in %s", tag.group(2), html).contains(tag.group(2));
      if (tag.group(1).isEmpty()) {
        open.push(tag.group(2));
      } else {
        assertThat(open.poll()).as("closing </%s> in %s", tag.group(2), html).isEqualTo(tag.group(2));
      }
      last = tag.end();
    }
    assertPlain(html.substring(last), html);
    assertThat(open).as("unclosed tags in %s", html).isEmpty();
  }

  private static void assertPlain(String text, String whole) {
    assertThat(text).as("a bare < or > in %s", whole).doesNotContain("<", ">");
    Matcher amp = Pattern.compile("&").matcher(text);
    while (amp.find()) {
      assertThat(ENTITY.matcher(text).region(amp.start(), text.length()).lookingAt())
          .as("a bare & in %s", whole).isTrue();
    }
  }
}
