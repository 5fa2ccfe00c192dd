package dev.newsdesk.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.InboundChannels;
import dev.newsdesk.bot.Newsdesk;
import dev.newsdesk.bot.channel.telegram.FakeBotApi.Call;
import dev.newsdesk.bot.watch.TestClock;
import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.IngestListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The daily briefing in Telegram")
class TelegramBriefingTest {

  static final long USER = 5151;
  static final String STRIKE = "Dock workers at the port of Brennick walked out on Monday morning after talks over pay "
      + "broke down late on Sunday. The union said the strike would last until the port authority returned to the "
      + "table with a better offer. Ships queued outside the harbour as cranes stood idle.";

  @TempDir Path home;

  @Test
  @DisplayName("fires at the subscriber's time on the test clock, with syndicated copies as one story of three outlets")
  void should_send_the_scheduled_briefing_at_its_time_with_duplicates_grouped() throws Exception {
    TestClock clock = new TestClock(Instant.parse("2026-12-01T05:00:00Z")); // 06:00 in Berlin
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = new HashMap<>();
      env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
      env.put("NEWSDESK_TELEGRAM_API_URL", api.url());
      env.put("NEWSDESK_CHAT_RATE_LIMIT_BURST", "100");
      Newsdesk newsdesk = new Newsdesk(TelegramTestbed.config(home, env), clock);
      try (NewsIndex index = newsdesk.openForWriting()) {
        newsdesk.ingester(index).ingestArticles(List.of(
            article("Brennick Post", "Port strike halts Brennick docks", "strike", "2026-12-01T04:00:00Z", STRIKE),
            article("Valley Wire", "Dockers strike in Brennick", "strike-wire", "2026-12-01T04:20:00Z", STRIKE),
            article("Coast Times", "Brennick port at a standstill", "strike-coast", "2026-12-01T04:40:00Z",
                "BRENNICK (Wire) — " + STRIKE),
            article("Harbor Gazette", "Museum opens whale hall", "whales", "2026-12-01T03:00:00Z",
                "The maritime museum opened a hall devoted to whales on Saturday. Its centrepiece is the skeleton of a "
                    + "blue whale that washed ashore in 1998."),
            article("Harbor Gazette", "Yesterday's news", "old", "2026-11-29T10:00:00Z",
                "The council met yesterday to discuss the budget for the coming year and adjourned without a vote.")),
            IngestListener.QUIET);
        try (InboundChannels channels = newsdesk.startChannels(newsdesk.answering(index), index,
            EnumSet.of(InboundChannels.Kind.TELEGRAM), List.of())) {
          api.privateMessage(USER, "/briefing at 07:30 Europe/Berlin");
          api.await("sendMessage", calls -> calls.stream().anyMatch(c -> c.text().startsWith("Daily briefing at 07:30")),
              TelegramAlertsTest.WAIT);
          Thread.sleep(2500);
          assertThat(briefings(api)).as("not before 07:30 Berlin time").isEmpty();

          clock.set(Instant.parse("2026-12-01T06:31:00Z")); // 07:31 in Berlin
          api.await("sendMessage", calls -> !briefings(api).isEmpty(), TelegramAlertsTest.WAIT);
          Thread.sleep(2500);
        }
      }
      assertThat(briefings(api)).as("sent once").hasSize(1);
      String briefing = briefings(api).get(0).text();
      assertThat(briefing).startsWith("<b>Briefing for 2026-12-01</b>")
          .contains("(3 outlets)").contains("Museum opens whale hall").doesNotContain("Yesterday's news")
          .contains("[1]").contains("[2]");
      assertThat(count(briefing, "Dock workers at the port of Brennick walked out"))
          .as("three copies told once").isEqualTo(1);
      assertThat(briefing.indexOf("(3 outlets)")).as("the story more outlets covered comes first")
          .isLessThan(briefing.indexOf("Museum opens whale hall"));
    }
  }

  private static Article article(String outlet, String title, String slug, String published, String text) {
    return Article.of(Optional.of("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + slug), title,
        outlet, List.of(), Optional.of(Instant.parse(published)), text);
  }

  private static List<Call> briefings(FakeBotApi api) {
    return api.calls("sendMessage").stream().filter(c -> c.text().contains("Briefing for")).toList();
  }

  private static int count(String text, String phrase) {
    Matcher m = Pattern.compile(Pattern.quote(phrase)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
