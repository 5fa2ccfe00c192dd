package dev.newsdesk.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Whether an answer states the correct choice")
class ChoiceStatementTest {

  private final ChoiceStatement rule = new ChoiceStatement();
  private static final List<String> ROCKETS = List.of("Falcon", "Tern-4", "Ariane", "Vega");
  private static final List<String> DAMAGE = List.of("2 million crowns", "18.4 million crowns", "90 million crowns", "none");

  @Test
  @DisplayName("an answer that names the correct choice is correct; one that names only a wrong one is not")
  void namesTheChoice() {
    assertThat(rule.correct("Kestrel-2 launched aboard a Tern-4 rocket [1].", ROCKETS, 1)).isTrue();
    assertThat(rule.correct("Kestrel-2 launched aboard a Vega rocket [1].", ROCKETS, 1)).isFalse();
    assertThat(rule.correct("The probe launched at dawn [1].", ROCKETS, 1)).isFalse();
  }

  @Test
  @DisplayName("a wrong choice stated more completely than the correct one makes the answer wrong")
  void closerWrongChoice() {
    assertThat(rule.correct("The damage was put at 18.4 million crowns [1].", DAMAGE, 1)).isTrue();
    assertThat(rule.correct("The damage was put at 18.4 million crowns [1].", DAMAGE, 0)).isFalse();
    assertThat(rule.correct("Roads need 2 million crowns [1].", DAMAGE, 1)).isFalse();
  }

  @Test
  @DisplayName("naming the correct and a wrong choice equally is still correct")
  void both() {
    assertThat(rule.correct("Neither Falcon nor Tern-4 was ready; the Tern-4 flew [1].", ROCKETS, 1)).isTrue();
  }

  @Test
  @DisplayName("words are matched by stem and without possessives; citation markers are not words")
  void normalisedTokens() {
    List<String> choices = List.of("Ukraine's presidents", "Poland's farmers", "Hungary's voters", "Latvia's nurses");
    assertThat(rule.correct("The president of Ukraine spoke [1].", choices, 0)).isTrue();
    assertThat(rule.correct("Harbor FC scored twice [2].", List.of("1", "2", "3", "4"), 1)).isFalse();
  }

  @Test
  @DisplayName("a long choice needs two thirds of its key words; words every choice shares do not count")
  void longChoice() {
    List<String> choices = List.of("a new tram line to Ashgrove", "a new bridge over the Calder",
        "a new ferry to Gull Island", "a new library in Tarnby");
    assertThat(rule.correct("The council approved the Ashgrove tram [1].", choices, 0)).isTrue();
    assertThat(rule.correct("Something new is coming [1].", choices, 0)).isFalse();
  }

  @Test
  @DisplayName("a choice of stop words only is matched on its plain words")
  void stopWordChoice() {
    assertThat(rule.correct("No agreement was reached [1].", List.of("Yes", "No"), 1)).isTrue();
    assertThat(rule.correct("Yes, they agreed [1].", List.of("Yes", "No"), 1)).isFalse();
  }

  @Test
  @DisplayName("the correct choice must be one of the choices")
  void badIndex() {
    assertThatThrownBy(() -> rule.correct("text", ROCKETS, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
