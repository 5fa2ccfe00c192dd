package dev.newsdesk.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchQuestionsTest {

  @TempDir Path temp;

  @Test
  void readsQuestionsWithTheirGoldArticlesAndTheEndOfTheDayTheyWereAsked() throws IOException {
    Path file = Files.writeString(temp.resolve("q.jsonl"), """
        {"question": "Who won?", "date": "2022-06-16", "gold_ids": ["aaa", "bbb"]}

        {"note": "no question here"}
        {"question": "What rose?"}
        """);

    BenchQuestions read = BenchQuestions.read(file);

    assertThat(read.texts()).containsExactly("Who won?", "What rose?");
    assertThat(read.gold()).containsExactly(Set.of("aaa", "bbb"), Set.of());
    assertThat(read.asked()).containsExactly(Optional.of(Instant.parse("2022-06-16T23:59:59.999Z")), Optional.empty());
  }

  @Test
  void aLineThatIsNotJsonIsNamedByItsNumber() throws IOException {
    Path file = Files.writeString(temp.resolve("bad.jsonl"), "{\"question\": \"ok\"}\n{\"question\": \n");
    assertThatThrownBy(() -> BenchQuestions.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.jsonl line 2 is not JSON");
  }
}
