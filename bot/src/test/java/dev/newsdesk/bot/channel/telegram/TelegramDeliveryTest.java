package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.Composer;
import dev.newsdesk.bot.answer.Draft;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Delivering long and streamed answers to Telegram")
class TelegramDeliveryTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final Pattern BAD_ENTITY = Pattern.compile("&(?!amp;|lt;|gt;|quot;)");

  @TempDir static Path home;
  static NewsIndex index;

  FakeBotApi api;
  TelegramChannel channel;

  @BeforeAll
  static void indexArticles() {
    index = TelegramTestbed.index(home);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @BeforeEach
  void startApi() throws IOException {
    api = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    if (channel != null) {
      channel.close();
    }
    api.close();
  }

  @Test
  @DisplayName("a 9,000-character answer arrives as ordered, well-formed parts of at most 4096 characters")
  void longAnswer() throws InterruptedException {
    String text = IntStream.rangeClosed(1, 75)
        .mapToObj(i -> "Sentence " + i + " says the Harbor bridge & its cables <were> fine [1]. It is "
            + "followed by more words about the bridge so that it is long enough [1].")
        .collect(Collectors.joining(" ", "", ""))
        .replace("[1]. It is followed by more words about the bridge so that it is long enough [1]. Sentence 2",
            "[1].\n\nSentence 2");
    channel = TelegramTestbed.start(api, home, index, composer(text, List.of()));
    api.privateMessage(42, "When did the Harbor bridge reopen?");

    List<Call> sent = api.await("sendMessage", calls -> calls.stream().anyMatch(c -> c.text().contains("Sources")), WAIT);

    assertThat(text.length()).isGreaterThan(9000);
    assertThat(sent).hasSizeGreaterThanOrEqualTo(3).allSatisfy(call -> {
      assertThat(call.text().length()).isLessThanOrEqualTo(4096);
      assertThat(MessageSplitter.openTags(call.text())).isEmpty();
      assertThat(BAD_ENTITY.matcher(call.text()).find()).isFalse();
      assertThat(call.html()).isTrue();
    });
    String joined = sent.stream().map(c -> TelegramHtml.toPlain(c.text())).collect(Collectors.joining(" "));
    assertThat(joined.replaceAll("\\s+", " ")).startsWith(text.substring(0, 200).replaceAll("\\s+", " "))
        .contains("Sentence 75 says").contains("Harbor bridge reopens after repairs");
    assertThat(sent.get(0).text()).startsWith("Sentence 1 says the Harbor bridge &amp; its cables &lt;were&gt; fine [1].");
  }

  @Test
  @DisplayName("a streamed answer is shown at once, edited at most once a second, and ends as the checked answer")
  void streamedAnswer() throws InterruptedException {
    List<String> tokens = List.of("The Harbor ", "bridge ", "reopened ", "on ", "Monday ", "[1].");
    channel = TelegramTestbed.start(api, home, index, composer("The Harbor bridge reopened on Monday [1].", tokens));
    api.privateMessage(42, "When did the Harbor bridge reopen?");

    List<Call> edits = api.await("editMessageText",
        calls -> calls.stream().anyMatch(c -> c.text().contains("<b>Sources</b>")), WAIT);

    Call preview = api.calls("sendMessage").get(0);
    assertThat(preview.text()).isEqualTo("The Harbor …");
    assertThat(api.calls("sendMessage")).hasSize(1);
    Call last = edits.get(edits.size() - 1);
    assertThat(last.text()).startsWith("The Harbor bridge reopened on Monday [1].\n\n<b>Sources</b>\n[1] <a href=");
    List<Call> streamed = edits.subList(0, edits.size() - 1);
    assertThat(streamed).isNotEmpty().allSatisfy(edit -> assertThat(edit.text()).endsWith(" …"));
    for (int i = 0; i < streamed.size(); i++) {
      Call before = i == 0 ? preview : streamed.get(i - 1);
      assertThat(Duration.between(before.at(), streamed.get(i).at())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }
  }

  /** A composer standing in for the model: writes the given text citing the first passage, streaming the tokens. */
  private static Composer composer(String text, List<String> tokens) {
    return (request, listener) -> {
      for (String token : tokens) {
        listener.token(token);
        pause();
      }
      return new Draft(text, false, Provenance.MODEL);
    };
  }

  private static void pause() {
    try {
      Thread.sleep(450);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
