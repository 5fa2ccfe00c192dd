package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.retrieval.search.TimeExpressions;
import dev.newsdesk.retrieval.search.TimeScope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A question that asks what is new and names no topic")
class HeadlinesQuestionTest {

  private static final Instant NOW = Instant.parse("2027-03-10T12:00:00Z");
  private final TimeExpressions time = new TimeExpressions(ZoneOffset.UTC);

  private boolean asks(String question) {
    Optional<TimeScope> scope = time.find(question, NOW);
    return HeadlinesQuestion.asks(question, scope);
  }

  @ParameterizedTest
  @ValueSource(strings = {"What's in the news today?", "Any news today?", "Today's headlines?", "What's new?",
      "What's the latest news?", "What happened yesterday?", "Is there anything new this week?", "What's going on?",
      "What are today’s top stories?", "What did I miss this week?", "What happened on 23 November?",
      "What stories came out in October?", "What happened in November 2026?"})
  @DisplayName("asks what is new")
  void asksWhatIsNew(String question) {
    assertThat(asks(question)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"What's new in Brennick?", "Any news about the dock strike today?", "Who won today?",
      "What happened to the ferry yesterday?", "What's the latest on the wind farm?", "Latest Tarnby news?"})
  @DisplayName("names a topic")
  void namesATopic(String question) {
    assertThat(asks(question)).isFalse();
  }

  @Test
  @DisplayName("a question of only question words and no dates asks nothing when it has no words at all")
  void noWordsNoQuestion() {
    assertThat(HeadlinesQuestion.asks("?!", Optional.empty())).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "What's new in Brennick?|brennick",
      "Any news about the dock strike today?|the dock strike",
      "What's the latest on the wind farm?|the wind farm",
      "Latest Tarnby news?|tarnby",
      "what's happening with Kestrel-2 this week|kestrel-2",
      "Is there any news from Harbor FC?|harbor fc",
      "What are the latest developments in the ferry dispute?|the ferry dispute"})
  @DisplayName("asks for the latest on a topic: the topic, without the dates")
  void latestOnATopic(String question, String topic) {
    assertThat(HeadlinesQuestion.latestOn(question, time.find(question, NOW))).contains(topic);
  }

  @ParameterizedTest
  @ValueSource(strings = {"What is the new launch date for Kestrel-2?", "What's the latest pay offer?",
      "What's in the news today?", "What happened to the ferry yesterday?", "Who is the new mayor of Northfield?",
      "What's new?", "What's the latest news in November?"})
  @DisplayName("asks a fact, or what is new without a topic: no topic to give the latest on")
  void noLatestOnATopic(String question) {
    assertThat(HeadlinesQuestion.latestOn(question, time.find(question, NOW))).isEmpty();
  }
}
