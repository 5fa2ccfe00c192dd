package dev.newsdesk.retrieval.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PassageSplitter")
class PassageSplitterTest {

  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();

  private static int words(String text) {
    return Words.count(text, 0, text.length());
  }

  /** Splits and checks ordinals and the offsets contract on every passage before returning them. */
  private static List<Passage> split(PassageSplitter splitter, String text) {
    List<Passage> passages = splitter.split(text);
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      assertThat(passage.ordinal()).isEqualTo(i);
      assertThat(text.substring(passage.start(), passage.end())).isEqualTo(passage.text());
      assertThat(passage.text()).isEqualTo(passage.text().strip());
    }
    return passages;
  }

  /** The article's sentences that lie inside {@code passage}. */
  private List<Sentence> sentencesIn(String text, Passage passage) {
    return sentenceSplitter.split(text).stream()
        .filter(s -> s.start() >= passage.start() && s.end() <= passage.end())
        .toList();
  }

  private static String paragraph(Random random, int sentences, int wordsEach) {
    return String.join(
        " ",
        IntStream.range(0, sentences)
            .mapToObj(i -> InventedArticle.sentence(random, wordsEach))
            .toList());
  }

  @Nested
  @DisplayName("when configured")
  class Configuration {

    @Test
    @DisplayName("rejects a minimum below one word")
    void minimum() {
      assertThatThrownBy(() -> new PassageSplitter(0, 10, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("minWords must be at least 1, got 0");
    }

    @Test
    @DisplayName("rejects a maximum below the minimum")
    void maximum() {
      assertThatThrownBy(() -> new PassageSplitter(100, 99, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxWords must be at least minWords (100), got 99");
    }

    @Test
    @DisplayName("rejects a negative overlap")
    void overlap() {
      assertThatThrownBy(() -> new PassageSplitter(10, 20, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("overlapSentences must not be negative, got -1");
    }
  }

  @Nested
  @DisplayName("given a short or empty article")
  class ShortArticles {

    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    @DisplayName("returns no passages for empty or blank text")
    void blank() {
      assertThat(splitter.split("")).isEmpty();
      assertThat(splitter.split("  \n\n \t ")).isEmpty();
    }

    @Test
    @DisplayName("returns one trimmed passage for an article under minWords")
    void shortArticle() {
      String text =
          "\n\n  Ferry service resumes. Crews cleared the dock.\n\nTickets are free this week.  \n";

      List<Passage> passages = split(splitter, text);

      assertThat(passages)
          .containsExactly(
              new Passage(
                  0,
                  "Ferry service resumes. Crews cleared the dock.\n\nTickets are free this week.",
                  4,
                  79));
    }
  }

  @Nested
  @DisplayName("given a long article of about 2,000 words")
  class LongArticles {

    private final PassageSplitter splitter = new PassageSplitter();
    private final String text = InventedArticle.of(7, 2_000);
    private final List<Passage> passages = split(splitter, text);

    @Test
    @DisplayName("splits into several passages")
    void several() {
      assertThat(passages).hasSizeBetween(8, 25);
    }

    @Test
    @DisplayName(
        "keeps every passage within minWords and maxWords, the last one within the tail limits")
    void wordCounts() {
      for (Passage passage : passages.subList(0, passages.size() - 1)) {
        assertThat(words(passage.text())).as("passage %d", passage.ordinal()).isBetween(100, 250);
      }
      assertThat(words(passages.get(passages.size() - 1).text())).isBetween(50, 300);
    }

    @Test
    @DisplayName("repeats the last sentence of each passage as the first of the next")
    void overlap() {
      for (int i = 0; i + 1 < passages.size(); i++) {
        List<Sentence> current = sentencesIn(text, passages.get(i));
        List<Sentence> next = sentencesIn(text, passages.get(i + 1));

        assertThat(next.get(0)).as("passage %d", i + 1).isEqualTo(current.get(current.size() - 1));
        assertThat(next.get(1).start()).isGreaterThan(current.get(current.size() - 1).start());
      }
    }

    @Test
    @DisplayName("covers every sentence, from the first character to the last")
    void coverage() {
      List<Sentence> sentences = sentenceSplitter.split(text);

      assertThat(sentences).allSatisfy(s -> assertThat(words(s.text())).isBetween(6, 30));
      assertThat(sentences)
          .allSatisfy(
              s ->
                  assertThat(passages).anyMatch(p -> p.start() <= s.start() && s.end() <= p.end()));
      assertThat(passages.get(0).start()).isZero();
      assertThat(passages.get(passages.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    @DisplayName(
        "ends a passage at a paragraph end once it has minWords, unless the next sentence would not"
            + " fit")
    void paragraphEnds() {
      for (int i = 0; i + 1 < passages.size(); i++) {
        Passage passage = passages.get(i);
        boolean atParagraphEnd = text.startsWith("\n\n", passage.end());
        List<Sentence> next = sentencesIn(text, passages.get(i + 1));
        Sentence firstNew = next.get(1);
        boolean full = words(passage.text()) + words(firstNew.text()) > 250;

        assertThat(atParagraphEnd || full).as("passage %d", i).isTrue();
      }
    }
  }

  @Nested
  @DisplayName("given unusual shapes")
  class Shapes {

    @Test
    @DisplayName("cuts a sentence longer than maxWords into near-equal pieces at word boundaries")
    void overlongSentence() {
      String text = "Tally " + "count ".repeat(598) + "end.";

      List<Passage> passages = split(new PassageSplitter(), text);

      assertThat(passages).extracting(p -> words(p.text())).containsExactly(200, 200, 200);
      assertThat(passages.get(1).start()).isGreaterThan(passages.get(0).end());
      assertThat(passages.get(2).end()).isEqualTo(text.length());
    }

    @Test
    @DisplayName(
        "merges a short trailing remainder into the previous passage when it stays within 1.2 x"
            + " maxWords")
    void mergesTail() {
      String text = paragraph(new Random(1), 5, 5);

      List<Passage> passages = split(new PassageSplitter(12, 21, 1), text);

      assertThat(passages).containsExactly(new Passage(0, text, 0, text.length()));
    }

    @Test
    @DisplayName("keeps a short trailing remainder apart when merging would pass 1.2 x maxWords")
    void keepsTail() {
      String text = paragraph(new Random(2), 5, 5);

      List<Passage> passages = split(new PassageSplitter(12, 20, 0), text);

      assertThat(passages).extracting(p -> words(p.text())).containsExactly(20, 5);
    }

    @Test
    @DisplayName("prefers paragraph ends over filling a passage to maxWords")
    void paragraphs() {
      Random random = new Random(3);
      List<String> paragraphs =
          List.of(paragraph(random, 3, 5), paragraph(random, 3, 5), paragraph(random, 3, 5));
      String text = String.join("\n\n", paragraphs);

      List<Passage> passages = split(new PassageSplitter(10, 40, 0), text);

      assertThat(passages).extracting(Passage::text).containsExactlyElementsOf(paragraphs);
    }

    @Test
    @DisplayName("repeats two sentences when configured with an overlap of two")
    void overlapOfTwo() {
      String text = InventedArticle.of(11, 1_000);

      List<Passage> passages = split(new PassageSplitter(60, 120, 2), text);

      assertThat(passages).hasSizeGreaterThan(5);
      for (int i = 0; i + 1 < passages.size(); i++) {
        List<Sentence> current = sentencesIn(text, passages.get(i));
        List<Sentence> next = sentencesIn(text, passages.get(i + 1));
        assertThat(next.subList(0, 2))
            .isEqualTo(current.subList(current.size() - 2, current.size()));
      }
    }

    @Test
    @DisplayName("splits the shared fixture into passages that cover every sentence")
    void sharedFixture() throws IOException {
      Path fixture =
          Path.of(
              System.getProperty("newsdesk.shared", "../../shared"),
              "fixtures",
              "000_9779330d0ce9bd2a.txt");
      assumeTrue(Files.isRegularFile(fixture), "shared fixture not available: " + fixture);
      String text = Files.readString(fixture, StandardCharsets.UTF_8);

      List<Passage> passages = split(new PassageSplitter(), text);

      assertThat(passages).hasSizeGreaterThan(1);
      assertThat(passages).allSatisfy(p -> assertThat(words(p.text())).isLessThanOrEqualTo(300));
      assertThat(sentenceSplitter.split(text))
          .allSatisfy(
              s ->
                  assertThat(passages).anyMatch(p -> p.start() <= s.start() && s.end() <= p.end()));
    }
  }
}
