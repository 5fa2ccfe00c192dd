package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentenceCandidateTest {

  private static SentenceCandidate candidate(double askedNow, boolean given) {
    SentenceCandidate c = new SentenceCandidate("The new walls will be 60 centimetres higher.", null, 1, Set.of(), 0.6,
        1.0, true, Set.of(), Set.of(), Set.of());
    c.focus = askedNow;
    c.askedNow = askedNow;
    c.given = given;
    return c;
  }

  @Test
  @DisplayName("a sentence an earlier answer quoted is held back, unless it holds most of what is asked now")
  void givenSentence() {
    SentenceCandidate carriedOnly = candidate(0.0, true);
    carriedOnly.focus = 1.0; // it holds every word the follow-up carries, none it asks now ("How heavy is it?")
    assertThat(carriedOnly.score()).isLessThan(candidate(0.0, false).score());
    assertThat(candidate(0.2, true).score()).isLessThan(candidate(0.2, false).score() - 0.5);
    assertThat(candidate(0.6, true).score())
        .as("'how much higher will the new walls be?' after an answer that said so in passing")
        .isEqualTo(candidate(0.6, false).score());
  }
}
