package dev.newsdesk.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicCueTest {

  @Test
  @DisplayName("a marker of a new topic is taken off and says the topic changes")
  void shiftMarkers() {
    for (String asked : new String[] {"Different question: how many players took part?",
        "Switching topics - how much smaller will the harvest be?", "By the way, how many players took part?",
        "On a different note: who won?", "new topic. who won?"}) {
      TopicCue cue = TopicCue.of(asked);
      assertThat(cue.shift()).as(asked).isTrue();
      assertThat(cue.question()).as(asked).matches("(?i)^(how|who) .*");
    }
    TopicCue plain = TopicCue.of("How different is the new question?");
    assertThat(plain.shift()).isFalse();
    assertThat(plain.question()).isEqualTo("How different is the new question?");
  }

  @Test
  @DisplayName("words that only open a chat turn are dropped and say nothing of the topic")
  void fillers() {
    TopicCue shifted = TopicCue.of("ok unrelated, how many trees did they plant?");
    assertThat(shifted.shift()).isTrue();
    assertThat(shifted.question()).isEqualTo("how many trees did they plant?");
    assertThat(TopicCue.of("Something else now: who won?").question()).isEqualTo("who won?");
    assertThat(TopicCue.of("Now something else: how hot did it get?").shift()).isTrue();
    TopicCue filler = TopicCue.of("okay thanks! and the ticket price");
    assertThat(filler.shift()).isFalse();
    assertThat(filler.question()).isEqualTo("and the ticket price");
    assertThat(TopicCue.of("Great Yarmouth: who runs the pier?").question()).isEqualTo("Great Yarmouth: who runs the pier?");
    assertThat(TopicCue.of("Cool, who won?").question()).isEqualTo("who won?");
  }

  @Test
  @DisplayName("a topic label before the question is found and kept; a question without one has none")
  void labels() {
    assertThat(TopicCue.of("kallby pool - how late is it open now?").label()).contains("kallby pool");
    assertThat(TopicCue.of("Ashgrove tram: how much has been spent so far?").label()).contains("Ashgrove tram");
    assertThat(TopicCue.of("Ashgrove tram: how much has been spent so far?").unlabelled())
        .isEqualTo("how much has been spent so far?");
    assertThat(TopicCue.of("How much has the Ashgrove tram cost so far?").label()).isEmpty();
    assertThat(TopicCue.of("What did the mayor say - and when?").label()).isEmpty();
  }

  @Test
  @DisplayName("a pronoun points back to the conversation; a label or a question without one does not")
  void pointsBack() {
    assertThat(TopicCue.of("How heavy is it?").pointsBack()).isTrue();
    assertThat(TopicCue.of("and what did she say?").pointsBack()).isTrue();
    assertThat(TopicCue.of("ok and the whale hall ticket price").pointsBack()).isFalse();
    assertThat(TopicCue.of("kallby pool - how late is it open now?").pointsBack()).isFalse();
  }
}
