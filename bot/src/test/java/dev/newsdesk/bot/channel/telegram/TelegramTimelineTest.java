package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("/timeline in Telegram, through the real TelegramBots client and a fake Bot API")
class TelegramTimelineTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final long ANN = 42;

  /** Three developments of one story, given newest first, and a verbatim copy of the first that another outlet ran a day later. */
  static final List<Article> STORY = List.of(
      TelegramTestbed.article("ends", "Tram drivers end strike after pay offer", "Valley Wire", "2026-11-12",
          "Tram drivers in Northfield ended their strike on Wednesday after accepting a pay offer of 5.5%. "
              + "Trams will run to the normal timetable from Thursday morning."),
      TelegramTestbed.article("talks", "Talks resume in tram strike", "Harbor Gazette", "2026-11-06",
          "Talks between Northfield's tram drivers and the city transport company resumed on Friday, the "
              + "fourth day of the tram strike, with a mediator in the room."),
      TelegramTestbed.article("walkout", "Tram drivers walk out over pay", "Northfield Courier", "2026-11-03",
          "Northfield's tram drivers walked out on Monday, starting a strike over pay that stopped every tram in "
              + "the city. The drivers' union wants a rise of 8%."),
      TelegramTestbed.article("walkout-copy", "Trams stop as drivers strike", "Coastline Daily", "2026-11-04",
          "Northfield's tram drivers walked out on Monday, starting a strike over pay that stopped every tram in "
              + "the city. The drivers' union wants a rise of 8%.\n\nThis story was first published by the "
              + "Northfield Courier."));

  @TempDir static Path home;
  static NewsIndex index;

  FakeBotApi api;
  TelegramChannel channel;

  @BeforeAll
  static void indexStory() {
    index = TelegramTestbed.index(home, STORY);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @BeforeEach
  void start() throws IOException {
    api = new FakeBotApi();
    channel = TelegramTestbed.start(api, home, index, Map.of());
  }

  @AfterEach
  void stop() {
    channel.close();
    api.close();
  }

  @Test
  @DisplayName("/timeline topic replies with dated developments oldest first, each cited, the copy shown once, sources linked")
  void timeline() throws InterruptedException {
    api.privateMessage(ANN, "/timeline tram strike");

    Call sent = api.await("sendMessage", calls -> !calls.isEmpty(), WAIT).get(0);

    assertThat(sent.html()).isTrue();
    String text = sent.text();
    assertThat(text).startsWith("How “tram strike” developed:\n2026-11-03 — Northfield's tram drivers walked out on Monday");
    assertThat(text.indexOf("2026-11-03 —")).isLessThan(text.indexOf("2026-11-06 —"));
    assertThat(text.indexOf("2026-11-06 —")).isLessThan(text.indexOf("2026-11-12 —"));
    assertThat(text).contains("[1]").contains("[2]").contains("[3]").doesNotContain("[4]");
    assertThat(text).contains("<b>Sources</b>\n[1] <a href=\"https://northfield-courier.example/walkout\">"
        + "Tram drivers walk out over pay</a> — Northfield Courier, 2026-11-03");
    assertThat(text).contains("[3] <a href=\"https://valley-wire.example/ends\">Tram drivers end strike after pay offer</a>");
  }

  @Test
  @DisplayName("/timeline on a topic the news does not cover says so plainly; /timeline alone asks for a topic")
  void nothing() throws InterruptedException {
    api.privateMessage(ANN, "/timeline volcano eruption");
    api.privateMessage(ANN, "/timeline");

    List<Call> sent = api.await("sendMessage", calls -> calls.size() >= 2, WAIT);

    assertThat(sent).extracting(Call::text).containsExactlyInAnyOrder(
        "I found nothing in the news about “volcano eruption”, so I cannot show how it developed.",
        "Please name the story, for example: timeline Brennick port strike.");
  }
}
