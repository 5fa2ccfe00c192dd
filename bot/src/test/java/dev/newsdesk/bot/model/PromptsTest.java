package dev.newsdesk.bot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.bot.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Prompt templates")
class PromptsTest {

  @TempDir Path folder;

  @Test
  void should_fill_placeholders_once_so_text_put_in_is_never_expanded() {
    Prompts prompts = Prompts.load(Optional.empty());
    String filled = prompts.render(Prompts.ANSWER, Map.of(
        "as_of", "2026-11-29", "sources", "an article quoting {{question}} literally", "question", "Why?"));
    assertThat(filled).contains("Today is 2026-11-29.").contains("an article quoting {{question}} literally")
        .contains("Question: Why?");
  }

  @Test
  void should_take_a_file_from_the_override_folder_and_the_rest_from_the_jar() throws IOException {
    Files.writeString(folder.resolve(Prompts.SYSTEM), "Answer like a town crier, citing [n].");
    Prompts prompts = Prompts.load(Optional.of(folder));
    assertThat(prompts.render(Prompts.SYSTEM, Map.of())).isEqualTo("Answer like a town crier, citing [n].");
    assertThat(prompts.render(Prompts.REWRITE, Map.of("history", "h", "question", "q"))).contains("Last question: q");
  }

  @Test
  void should_refuse_a_placeholder_the_template_is_never_given() throws IOException {
    Files.writeString(folder.resolve(Prompts.ANSWER), "{{question}} asked by {{user}}");
    assertThatThrownBy(() -> Prompts.load(Optional.of(folder)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("prompt answer.txt uses {{user}}");
  }
}
