package dev.newsdesk.retrieval.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("SentenceSplitter")
class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  /** Splits and checks the offsets contract on every sentence before returning the texts. */
  private List<String> sentencesOf(String text) {
    List<Sentence> sentences = splitter.split(text);
    for (Sentence sentence : sentences) {
      assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
      assertThat(sentence.text()).isEqualTo(sentence.text().strip());
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Nested
  @DisplayName("ends a sentence")
  class Ends {

    @Test
    @DisplayName("after a full stop, question mark or exclamation mark before a capital")
    void plainPunctuation() {
      assertThat(sentencesOf("The dam held. Did the river rise? It did! Crews waited."))
          .containsExactly("The dam held.", "Did the river rise?", "It did!", "Crews waited.");
    }

    @Test
    @DisplayName("before a digit or an opening quote")
    void digitOrQuote() {
      assertThat(sentencesOf("Turnout fell. 42 wards reported late. “Nobody came,” a clerk said."))
          .containsExactly(
              "Turnout fell.", "42 wards reported late.", "“Nobody came,” a clerk said.");
    }

    @Test
    @DisplayName("at every line break and blank line, even without punctuation")
    void lineBreaks() {
      String text =
          "Harbour reopens\nFerries resume on Friday.\n\n  Tickets are free  \r\nMore soon";

      assertThat(sentencesOf(text))
          .containsExactly(
              "Harbour reopens", "Ferries resume on Friday.", "Tickets are free", "More soon");
    }

    @Test
    @DisplayName("after a quotation that closes with a full stop and is followed by new words")
    void quotationThenNewSentence() {
      assertThat(sentencesOf("He said: “It is over.” Then he left."))
          .containsExactly("He said: “It is over.”", "Then he left.");
    }

    @Test
    @DisplayName("after closing brackets")
    void closingBrackets() {
      assertThat(sentencesOf("The vote passed (narrowly.) Critics left."))
          .containsExactly("The vote passed (narrowly.)", "Critics left.");
    }

    @Test
    @DisplayName("after an ellipsis before a capital, but not before a lowercase word")
    void ellipsis() {
      assertThat(
              sentencesOf(
                  "The lights went out… Nobody moved. She waited... and waited... Then rain."))
          .containsExactly(
              "The lights went out…", "Nobody moved.", "She waited... and waited...", "Then rain.");
    }

    @Test
    @DisplayName("after a number, a sum of money or a URL at the end of a sentence")
    void numbersAtTheEnd() {
      assertThat(sentencesOf("Prices rose 3.5%. The bill was $4.2 million. See example.org. Done."))
          .containsExactly(
              "Prices rose 3.5%.", "The bill was $4.2 million.", "See example.org.", "Done.");
    }
  }

  @Nested
  @DisplayName("does not end a sentence")
  class DoesNotEnd {

    @Test
    @DisplayName("after a title such as Dr., Mr. or Gov.")
    void titles() {
      assertThat(sentencesOf("Dr. Ada Mensah met Mr. Olu Baker and Gov. Rita Vance. They agreed."))
          .containsExactly("Dr. Ada Mensah met Mr. Olu Baker and Gov. Rita Vance.", "They agreed.");
    }

    @Test
    @DisplayName("after month, day and street abbreviations")
    void datesAndStreets() {
      assertThat(
              sentencesOf("On Wed. Jan. 8 the shop at 5 Elm Ave. Northside closed. It reopened."))
          .containsExactly(
              "On Wed. Jan. 8 the shop at 5 Elm Ave. Northside closed.", "It reopened.");
    }

    @Test
    @DisplayName("after e.g. and i.e., or after No. before a number")
    void latinAndNumbers() {
      assertThat(
              sentencesOf(
                  "Some towns, e.g. Oakford, voted. Measure No. 7 failed. The answer was No. Then"
                      + " silence."))
          .containsExactly(
              "Some towns, e.g. Oakford, voted.",
              "Measure No. 7 failed.",
              "The answer was No.",
              "Then silence.");
    }

    @Test
    @DisplayName("after a single capital initial")
    void initials() {
      assertThat(sentencesOf("J. R. Okafor spoke to Ada B. Lindqvist. She nodded."))
          .containsExactly("J. R. Okafor spoke to Ada B. Lindqvist.", "She nodded.");
    }

    @Test
    @DisplayName("inside decimals, money, versions, URLs and e-mail addresses")
    void insideTokens() {
      String text =
          "Growth hit 3.5% as $4.2 million in v2.0 grants went out via"
              + " https://grants.example.org/a.b?c=d and press@city.example.net. Officials"
              + " cheered.";

      assertThat(sentencesOf(text))
          .containsExactly(text.substring(0, text.indexOf(" Officials")), "Officials cheered.");
    }

    @Test
    @DisplayName("after a lowercase word follows the full stop")
    void lowercaseFollows() {
      assertThat(sentencesOf("The sum was approx. forty. Then it grew."))
          .containsExactly("The sum was approx. forty.", "Then it grew.");
    }
  }

  @Nested
  @DisplayName("with dotted acronyms")
  class Acronyms {

    @Test
    @DisplayName("continues when U.S. is used inside a sentence")
    void midSentence() {
      assertThat(sentencesOf("The U.S. Senate and U.N. Security Council met. Talks began."))
          .containsExactly("The U.S. Senate and U.N. Security Council met.", "Talks began.");
    }

    @Test
    @DisplayName("ends the sentence when U.S. is followed by a typical starter such as The")
    void atTheEnd() {
      assertThat(
              sentencesOf(
                  "Exports went to the U.S. The deal lapsed in the E.U. In May it returned."))
          .containsExactly(
              "Exports went to the U.S.", "The deal lapsed in the E.U.", "In May it returned.");
    }

    @Test
    @DisplayName("treats a.m. and p.m. the same way")
    void clockTimes() {
      assertThat(sentencesOf("Polls open at 7 a.m. Monday and close at 8 p.m. They expect queues."))
          .containsExactly(
              "Polls open at 7 a.m. Monday and close at 8 p.m.", "They expect queues.");
    }

    @Test
    @DisplayName("treats company suffixes such as Inc. the same way")
    void companySuffixes() {
      assertThat(
              sentencesOf(
                  "Shares of Brightwater Inc. Holdings fell. Analysts blamed Acme Corp. The firm"
                      + " declined to comment."))
          .containsExactly(
              "Shares of Brightwater Inc. Holdings fell.",
              "Analysts blamed Acme Corp.",
              "The firm declined to comment.");
    }
  }

  @Nested
  @DisplayName("with quotations")
  class Quotations {

    @Test
    @DisplayName("keeps a quote ending in ! together with a name and a speech verb")
    void exclamationThenAttribution() {
      assertThat(
              sentencesOf(
                  "“Talks are going very well!” Mayor Tilda Crane wrote on her blog. Aides"
                      + " agreed."))
          .containsExactly(
              "“Talks are going very well!” Mayor Tilda Crane wrote on her blog.", "Aides agreed.");
    }

    @Test
    @DisplayName("keeps a quote ending in ? together with a following lowercase word")
    void questionThenLowercase() {
      assertThat(sentencesOf("\"Who pays for this?\" asked one resident. Nobody answered."))
          .containsExactly("\"Who pays for this?\" asked one resident.", "Nobody answered.");
    }

    @Test
    @DisplayName("ends after a quote when the next capitalised words are not an attribution")
    void quoteThenNewSentence() {
      assertThat(sentencesOf("“We won!” The crowd cheered. ‘Why?’ Ravi Patel asked."))
          .containsExactly("“We won!”", "The crowd cheered.", "‘Why?’ Ravi Patel asked.");
    }

    @Test
    @DisplayName("splits sentences inside a long quotation")
    void insideQuotation() {
      assertThat(sentencesOf("“The roads are shut. Talks are going well!” Rhea Moss said."))
          .containsExactly("“The roads are shut.", "Talks are going well!” Rhea Moss said.");
    }

    @Test
    @DisplayName("keeps the quoted sentence and its attribution together in the shared fixture")
    void sharedFixture() throws IOException {
      Path fixture =
          Path.of(
              System.getProperty("newsdesk.shared", "../../shared"),
              "fixtures",
              "000_9779330d0ce9bd2a.txt");
      assumeTrue(Files.isRegularFile(fixture), "shared fixture not available: " + fixture);
      String text = Files.readString(fixture, StandardCharsets.UTF_8);
      Pattern attribution =
          Pattern.compile("^\\p{Lu}\\p{L}* (said|says|wrote|told|added|asked)\\b");

      List<String> sentences = sentencesOf(text);

      assertThat(sentences).hasSizeGreaterThan(10);
      for (int i = 1; i < sentences.size(); i++) {
        String previous = sentences.get(i - 1);
        boolean afterQuote = previous.endsWith("”") || previous.endsWith("\"");
        assertThat(afterQuote && attribution.matcher(sentences.get(i)).find())
            .as("attribution cut off from its quote: %s | %s", previous, sentences.get(i))
            .isFalse();
      }
      assertThat(sentences)
          .as("a quote ending in ! stays with the attribution that follows it")
          .anyMatch(
              sentence -> Pattern.compile("!” \\p{Lu}\\p{L}* wrote ").matcher(sentence).find());
    }
  }

  @Nested
  @DisplayName("at the edges")
  class Edges {

    @Test
    @DisplayName("returns no sentences for empty or blank text")
    void blank() {
      assertThat(splitter.split("")).isEmpty();
      assertThat(splitter.split(" \n\t\u00a0\r\n ")).isEmpty();
    }

    @Test
    @DisplayName("returns text without final punctuation as one sentence")
    void noPunctuation() {
      assertThat(sentencesOf("  storm warning for the coast  "))
          .containsExactly("storm warning for the coast");
    }

    @Test
    @DisplayName("reports exact offsets for every sentence")
    void offsets() {
      String text = "\n  First one. Second one!\n\n\tThird “one?” Fourth.  ";

      List<Sentence> sentences = splitter.split(text);

      assertThat(sentences)
          .containsExactly(
              new Sentence("First one.", 3, 13),
              new Sentence("Second one!", 14, 25),
              new Sentence("Third “one?”", 28, 40),
              new Sentence("Fourth.", 41, 48));
    }

    @Test
    @DisplayName("rejects a sentence whose text does not match its offsets")
    void sentenceValidation() {
      assertThatThrownBy(() -> new Sentence("abc", 0, 4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("sentence text has 3 chars but offsets span 4");
      assertThatThrownBy(() -> new Sentence(" abc", 0, 4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("trimmed");
    }

    @Test
    @DisplayName("finishes pathological inputs without backtracking")
    void pathological() {
      String dots = "a.".repeat(200_000) + " A" + " U.S.".repeat(50_000) + " Mr. X";
      String quotes = "“Yes!” A B C D E F ".repeat(30_000);

      List<Sentence> result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> splitter.split(dots + "\n" + quotes));

      assertThat(result).isNotEmpty();
    }
  }
}
