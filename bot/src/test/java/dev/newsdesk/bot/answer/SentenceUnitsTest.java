package dev.newsdesk.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Quotable sentence units")
class SentenceUnitsTest {

  private final SentenceUnits units = new SentenceUnits();

  @Test
  @DisplayName("a quotation over several sentences stays one unit with its attribution")
  void quotationKeptWhole() {
    assertThat(units.of("The ward opened on Tuesday. “We have built it. It works. Come and see,” the director said. "
        + "Visitors are welcome."))
        .containsExactly("The ward opened on Tuesday.", "“We have built it. It works. Come and see,” the director said.",
            "Visitors are welcome.");
  }

  @Test
  @DisplayName("a quotation the passage cut off is left out, never quoted half")
  void cutQuotationLeftOut() {
    assertThat(units.of("works very well!” Trump wrote on Sunday. The talks went on for hours."))
        .containsExactly("The talks went on for hours.");
  }

  @Test
  @DisplayName("straight quotation marks must come in pairs")
  void straightQuotes() {
    assertThat(SentenceUnits.balanced("He said \"yes\" at once.")).isTrue();
    assertThat(SentenceUnits.balanced("He said \"yes at once.")).isFalse();
  }
}
