package dev.newsdesk.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rewriting follow-ups without a model")
class HeuristicRewriterTest {

  private final HeuristicRewriter rewriter = new HeuristicRewriter();
  private final List<Turn> history = List.of(new Turn(
      "What did Trump say about rare earth minerals last week?",
      "What did Trump say about rare earth minerals last week?",
      "He said talks were going well [1].",
      Instant.parse("2026-11-29T10:00:00Z")));

  @Test
  void should_resolve_the_pronoun_and_carry_the_previous_topic_and_time_into_a_follow_up() {
    assertThat(rewriter.standalone("What did he say next?", history))
        .isEqualTo("What did Trump say next? (rare earth minerals, last week)");
  }

  @Test
  void should_leave_a_question_about_the_news_of_a_day_alone_but_follow_up_what_happened_next() {
    assertThat(rewriter.standalone("What happened today?", history)).isEqualTo("What happened today?");
    assertThat(rewriter.standalone("what's new this week", history)).isEqualTo("what's new this week");
    // a pronoun, or no day at all, still leans on the previous turn
    assertThat(rewriter.standalone("What did he do today?", history)).startsWith("What did Trump do today?");
    assertThat(rewriter.standalone("What happened after that?", history)).contains("rare earth minerals");
  }

  @Test
  @DisplayName("\"the museum\" the previous turn never wrote, in a question with things of its own, opens a new topic")
  void should_leave_a_question_on_a_new_topic_alone() {
    List<Turn> floods = List.of(new Turn("How much cash have the flood victims got so far?",
        "How much cash have the flood victims got so far?",
        "The valley's relief fund has so far paid out 3.1 million crowns to 164 households [1].",
        Instant.parse("2026-11-29T10:00:00Z")));
    dev.newsdesk.bot.answer.WordSenses senses = dev.newsdesk.bot.answer.WordSenses.shared();
    HeuristicRewriter rewriter = new HeuristicRewriter(word -> senses.isThing(word) && !senses.isAnyPerson(word));
    assertThat(rewriter.standalone("How big is the whale at the museum?", floods))
        .isEqualTo("How big is the whale at the museum?");
    // one thing of its own besides, a "the …" the previous turn wrote, or no "the museum" at all still leans on it
    assertThat(rewriter.standalone("How big is the museum?", floods)).contains("flood");
    assertThat(rewriter.standalone("How much did the fund give to the town's businesses?", floods)).contains("flood");
    assertThat(rewriter.standalone("How much longer will the diversion make the trip?", floods)).contains("flood");
  }

  @Test
  void should_resolve_she_to_the_person_the_previous_answer_named() {
    List<Turn> chess = List.of(new Turn("Who won the Tarnby chess club youth title?",
        "Who won the Tarnby chess club youth title?",
        "Twelve-year-old Lina Havel won the youth title of the Tarnby Chess Club [1].", Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("How old is she?", chess)).startsWith("How old is Lina Havel?");
    assertThat(rewriter.standalone("What was her score?", chess)).startsWith("What was Lina Havel's score?");
  }

  @Test
  @DisplayName("'they' after a question asking who is whom the answer named; 'it' stays the question's subject")
  void should_resolve_they_after_who_to_the_name_the_answer_gave() {
    List<Turn> cup = List.of(new Turn("Who won the Coastal Cup?", "Who won the Coastal Cup?",
        "Harbor FC won the Coastal Cup on Saturday, beating Northfield Rovers 2-1 [1].", Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("Who scored their winner?", cup)).startsWith("Who scored Harbor FC's winner?");
    assertThat(rewriter.standalone("When was it first played?", cup)).startsWith("When was Coastal Cup first played?");
  }

  @Test
  void should_resolve_it_and_the_company_to_the_previous_question_s_subject() {
    List<Turn> labs = List.of(new Turn("What does Voltaren Labs make?", "What does Voltaren Labs make?",
        "Sodium batteries [1].", Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("Who founded it?", labs)).startsWith("Who founded Voltaren Labs?");
    assertThat(rewriter.standalone("How many people will the company employ?", labs))
        .startsWith("How many people will Voltaren Labs employ?");
  }

  @Test
  @DisplayName("a pronoun with a contracted verb (they'll, it's, she's) is resolved and the verb written out")
  void should_write_out_the_verb_a_resolved_pronoun_carried() {
    List<Turn> labs = List.of(new Turn("What does Voltaren Labs make?", "What does Voltaren Labs make?",
        "Sodium batteries [1].", Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("What's the name of the battery they'll build?", labs))
        .startsWith("What's the name of the battery Voltaren Labs will build?");
    assertThat(rewriter.standalone("Where’s the site they’re planning?", labs))
        .startsWith("Where’s the site Voltaren Labs are planning?");
    assertThat(rewriter.standalone("Who says it's safe?", labs)).startsWith("Who says Voltaren Labs is safe?");
    List<Turn> chess = List.of(new Turn("Who won the Tarnby chess club youth title?",
        "Who won the Tarnby chess club youth title?",
        "Twelve-year-old Lina Havel won the youth title of the Tarnby Chess Club [1].", Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("How old was she when she'd started?", chess))
        .startsWith("How old was Lina Havel when she would started?");
  }

  @Test
  void should_not_take_a_contracted_question_word_for_a_name() {
    List<Turn> museum = List.of(new Turn("What's new at the Brennick Maritime Museum?",
        "What's new at the Brennick Maritime Museum?", "A whale hall [1].", Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("how much does it cost to get in?", museum))
        .startsWith("how much does Brennick Maritime Museum cost to get in?");
  }

  @Test
  void should_resolve_it_to_the_name_not_its_possessive() {
    List<Turn> hall = List.of(new Turn("What's the centrepiece of the Brennick Maritime Museum's new hall?",
        "What's the centrepiece of the Brennick Maritime Museum's new hall?", "A whale skeleton [1].",
        Instant.parse("2026-11-29T10:00:00Z")));
    assertThat(rewriter.standalone("How heavy is it?", hall)).startsWith("How heavy is Brennick Maritime Museum?");
  }

  @Test
  void should_treat_a_question_naming_nothing_as_a_follow_up() {
    assertThat(rewriter.standalone("how many people had to leave?", history)).contains("(Trump");
  }

  @Test
  void should_leave_a_new_topic_alone_even_after_and_or_as_a_bare_phrase() {
    assertThat(rewriter.standalone("And who won the chess title in Tarnby?", history))
        .isEqualTo("And who won the chess title in Tarnby?");
    assertThat(rewriter.standalone("oat milk recall", history)).isEqualTo("oat milk recall");
    assertThat(rewriter.standalone("Voltaren Labs", history)).isEqualTo("Voltaren Labs");
  }

  @Test
  void should_carry_them_into_an_and_question() {
    assertThat(rewriter.standalone("And in Europe?", history)).startsWith("And in Europe? (Trump");
  }

  @Test
  void should_leave_a_standalone_question_alone() {
    String fresh = "Which rocket did the Kestrel-2 probe launch aboard in July?";
    assertThat(rewriter.standalone(fresh, history)).isEqualTo(fresh);
  }

  @Test
  void should_leave_the_first_question_alone() {
    assertThat(rewriter.standalone("What did he say?", List.of())).isEqualTo("What did he say?");
  }

  @Test
  void should_remember_within_bounds_and_forget_when_idle_or_reset() {
    Clock[] now = {Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC)};
    ConversationMemory memory = new ConversationMemory(2, 1000, Duration.ofMinutes(30), new Clock() {
      @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now[0].instant(); }
    });
    memory.remember("chat", "q1", "q1", "a1");
    memory.remember("chat", "q2", "q2", "a2");
    memory.remember("chat", "q3", "q3", "a3");
    assertThat(memory.history("chat")).extracting(Turn::asked).containsExactly("q2", "q3");

    now[0] = Clock.fixed(Instant.parse("2026-11-29T10:31:00Z"), ZoneOffset.UTC);
    assertThat(memory.history("chat")).isEmpty();

    memory.remember("chat", "q4", "q4", "a4");
    memory.forget("chat");
    assertThat(memory.history("chat")).isEmpty();
  }
}
