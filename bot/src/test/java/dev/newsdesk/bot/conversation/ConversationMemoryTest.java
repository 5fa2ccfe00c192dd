package dev.newsdesk.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Conversation memory")
class ConversationMemoryTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC);

  @Test
  @DisplayName("holds at most the configured number of conversations, forgetting the least recently used")
  void boundedInCount() {
    ConversationMemory memory = new ConversationMemory(4, 1000, Duration.ofMinutes(30), clock, 3, 1_000_000);
    memory.remember("a", "q", "q", "answer");
    memory.remember("b", "q", "q", "answer");
    memory.remember("c", "q", "q", "answer");
    memory.history("a"); // a is now more recent than b

    memory.remember("d", "q", "q", "answer");

    assertThat(memory.size()).isEqualTo(3);
    assertThat(memory.history("b")).isEmpty();
    assertThat(memory.history("a")).hasSize(1);
    assertThat(memory.history("d")).hasSize(1);
  }

  @Test
  @DisplayName("holds at most the configured number of characters: 2,000 distinct 10 kB keys stay within it")
  void boundedInCharacters() {
    ConversationMemory memory = new ConversationMemory(4, 1000, Duration.ofMinutes(30), clock, 1_000_000, 100_000);
    for (int i = 0; i < 2_000; i++) {
      memory.remember(i + "k".repeat(10_000), "question " + i, "question " + i, "answer " + i);
    }

    assertThat(memory.chars()).isLessThanOrEqualTo(100_000);
    assertThat(memory.size()).isLessThanOrEqualTo(10);
    assertThat(memory.history(1_999 + "k".repeat(10_000))).extracting(Turn::answer).containsExactly("answer 1999");
  }

  @Test
  @DisplayName("keeps its character count right when turns fall off and conversations are forgotten")
  void countsCharacters() {
    ConversationMemory memory = new ConversationMemory(1, 1000, Duration.ofMinutes(30), clock, 10, 1_000);
    memory.remember("key", "ab", "abc", "abcd");
    memory.remember("key", "x", "y", "z");

    assertThat(memory.chars()).isEqualTo(3 + 3);
    memory.forget("key");
    assertThat(memory.chars()).isZero();
  }
}
