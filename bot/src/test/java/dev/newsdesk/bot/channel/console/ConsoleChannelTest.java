package dev.newsdesk.bot.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Abstention;
import dev.newsdesk.bot.answer.AnswerObserver;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Draft;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.answer.QueryPlanner;
import dev.newsdesk.retrieval.search.TimeExpressions;
import java.time.ZoneOffset;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.bot.conversation.ConversationMemory;
import dev.newsdesk.bot.conversation.HeuristicRewriter;
import java.time.Clock;
import java.time.Duration;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.TermWeights;

@DisplayName("The console")
class ConsoleChannelTest {

  private static final RetrievedPassage PASSAGE = new RetrievedPassage(
      "a1b2c3d4e5f6", 0, "The ferry to Gull Island resumed service on Tuesday after repairs.", 0, 66, 3.2,
      "Ferry service resumes", "Harbor Gazette", Optional.of("https://harborgazette.example/ferry"),
      Optional.of(Instant.parse("2026-05-22T08:00:00Z")), List.of());

  /** Finds the one fixed passage, whatever is asked. */
  private static final Retriever FIXED = new Retriever() {
    @Override
    public List<RetrievedPassage> retrieve(SearchRequest request) {
      return List.of(PASSAGE);
    }

    @Override
    public List<RetrievedPassage> newest(SearchRequest request) {
      return List.of(PASSAGE);
    }
  };

  /** Answers from one fixed passage, so the test observes what the console does with answers. */
  private final AnsweringService answering = new AnsweringService(
      new QueryPlanner(new HeuristicRewriter(), new TimeExpressions(ZoneOffset.UTC), Clock.systemUTC(), 8, 2),
      FIXED,
      (request, listener) -> request.question().contains("ferry")
          ? new Draft("The ferry resumed service on Tuesday [1].", false, Provenance.EXTRACTIVE)
          : Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE),
      new ConversationMemory(4, 1000, Duration.ofMinutes(5), Clock.systemUTC()),
      50, AnswerObserver.NONE);

  @TempDir static Path folder;
  private static NewsIndex empty;

  @BeforeAll
  static void openIndex() {
    empty = NewsIndex.openForWriting(folder.resolve("index"));
  }

  @AfterAll
  static void closeIndex() {
    empty.close();
  }

  /** Timelines from the same fixed passage, quoting it for a topic about the ferry (words weighed alike). */
  private final StoryTimelines timelines = new StoryTimelines(
      new QueryPlanner(new HeuristicRewriter(), new TimeExpressions(ZoneOffset.UTC), Clock.systemUTC(), 8, 2),
      FIXED,
      (request, listener) -> request.question().contains("ferry")
          ? new Draft("The ferry to Gull Island resumed service on Tuesday [1].", false, Provenance.EXTRACTIVE)
          : Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE),
      new TermWeights(empty), 50);

  private String session(String input) throws IOException {
    StringWriter out = new StringWriter();
    ConsoleInput lines = ConsoleInput.lines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    new ConsoleChannel(answering, timelines, lines, new PrintWriter(out), 100).run("Hello.");
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void should_print_the_answer_with_its_numbered_sources() throws IOException {
    String screen = session("When does the ferry run?\n:quit\n");
    assertThat(screen).contains("The ferry resumed service on Tuesday [1].")
        .contains("Sources\n[1] Ferry service resumes — Harbor Gazette, 2026-05-22\n    https://harborgazette.example/ferry")
        .endsWith("Bye.\n");
  }

  @Test
  void should_echo_piped_questions_after_the_prompt_so_a_transcript_reads_question_then_answer() throws IOException {
    String screen = session("When does the ferry run?\n\n:reset\n");
    assertThat(screen).startsWith("Hello.\nnewsdesk> When does the ferry run?\nThe ferry resumed service")
        .contains("newsdesk> :reset\nConversation forgotten");
    assertThat(screen).doesNotContain("newsdesk> \n");
  }

  @Test
  void should_show_the_last_sources_with_their_passages_on_colon_sources() throws IOException {
    String screen = session("When does the ferry run?\n:sources\n:help\n");
    // a blank line before the next prompt, as after an answer
    assertThat(screen).contains("    > The ferry to Gull Island resumed service on Tuesday after repairs.\n\nnewsdesk> :help");
  }

  @Test
  void should_explain_commands_and_unknown_commands() throws IOException {
    String screen = session(":help\n:frobnicate\n");
    assertThat(screen).contains(":sources").contains("Unknown command :frobnicate. Type :help for the list.");
  }

  @Test
  void should_refuse_an_overlong_question_politely_and_keep_going() throws IOException {
    String screen = session("x".repeat(60) + "\nWhen does the ferry run?\n");
    assertThat(screen).contains("the limit is 50 (answer.max-question-length)")
        .contains("The ferry resumed service on Tuesday [1].");
  }

  @Test
  void should_forget_the_conversation_on_colon_reset() throws IOException {
    String screen = session("When does the ferry run?\n:reset\n:sources\n");
    assertThat(screen).contains("Conversation forgotten").contains("Nothing asked yet.");
  }

  @Test
  void should_end_cleanly_at_end_of_input() throws IOException {
    assertThat(session("When does the ferry run?\n")).contains("[1]").endsWith("Bye.\n");
  }

  @Test
  void should_print_a_dated_cited_timeline_for_the_timeline_command() throws IOException {
    String screen = session(":timeline Gull Island ferry\n:timeline volcano\n:timeline\n:quit\n");
    assertThat(screen).contains("How “Gull Island ferry” developed:\n"
        + "2026-05-22 — The ferry to Gull Island resumed service on Tuesday [1].")
        .contains("[1] Ferry service resumes — Harbor Gazette, 2026-05-22\n    https://harborgazette.example/ferry")
        .contains("I found nothing in the news about “volcano”, so I cannot show how it developed.")
        .contains("Please name the story");
  }
}
