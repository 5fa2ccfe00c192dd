package dev.newsdesk.bot.channel.slack;

import static dev.newsdesk.bot.channel.slack.SlackRequests.SECRET;
import static dev.newsdesk.bot.channel.slack.SlackRequests.headers;
import static dev.newsdesk.bot.channel.slack.SlackRequests.mention;
import static dev.newsdesk.bot.channel.slack.SlackRequests.sign;
import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.channel.slack.FakeSlackApi.Posted;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import dev.newsdesk.bot.http.ServerLimits;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Slack over the HTTP Events API")
class SlackEventsTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String JSON = "application/json";

  @TempDir static Path folder;
  static SampleNewsAnswering news;

  FakeSlackApi slackApi;
  SlackChannel channel;
  NewsdeskServer server;
  SlackRequests slack;

  @BeforeAll
  static void indexSampleNews() {
    news = SampleNewsAnswering.indexedIn(folder);
  }

  @AfterAll
  static void closeIndex() {
    news.close();
  }

  @BeforeEach
  void start() throws IOException {
    slackApi = new FakeSlackApi();
    startWith(Set.of());
  }

  void startWith(Set<String> allowedChannels) {
    ChannelSettings.Slack settings = new ChannelSettings.Slack(false, Optional.of("xoxb-test-token"), Optional.empty(),
        Optional.of(SECRET), Optional.of(slackApi.apiUrl()), allowedChannels, Set.of());
    channel = SlackChannel.create(settings, new RateLimiter(60, 5, Clock.systemUTC()), news.answering(), news.timelines(), Clock.systemUTC());
    channel.start();
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(), channel.routes());
    slack = new SlackRequests(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
    channel.close();
    slackApi.close();
  }

  @Nested
  @DisplayName("a signed app_mention")
  class Mention {

    @Test
    @DisplayName("is acknowledged with 200 and answered in its thread, with citations and source links")
    void answeredInThread() throws Exception {
      HttpResponse<String> response = slack.signed(JSON, mention("Ev1", "C1", "1700000000.000100", QUESTION));

      assertThat(response.statusCode()).isEqualTo(200);
      Posted posted = slackApi.nextPost(WAIT);
      assertThat(posted.path()).isEqualTo("chat.postMessage");
      assertThat(posted.fields()).containsEntry("channel", "C1").containsEntry("thread_ts", "1700000000.000100");
      assertThat(posted.authorization()).isEqualTo("Bearer xoxb-test-token");
      assertThat(posted.text()).contains("Tern-4").contains("[1]").contains("*Sources*").containsPattern("<https?://[^|>]+\\|[^>]+>");
    }

    @Test
    @DisplayName("in a thread is answered in that thread, and the thread is the conversation")
    void followUpInThread() throws Exception {
      slack.signed(JSON, mention("Ev1", "C1", "1700000000.000100", QUESTION));
      slackApi.nextPost(WAIT);

      slack.signed(JSON, SlackRequests.mentionInThread("Ev2", "1700000050.000300", "1700000000.000100", "When did it launch?"));

      Posted followUp = slackApi.nextPost(WAIT);
      assertThat(followUp.fields()).containsEntry("thread_ts", "1700000000.000100");
      assertThat(followUp.text()).isNotBlank();
    }

    @Test
    @DisplayName("retried by Slack (X-Slack-Retry-Num) is answered once only")
    void retryAnsweredOnce() throws Exception {
      String event = mention("Ev1", "C1", "1700000000.000100", QUESTION);
      assertThat(slack.signed(JSON, event).statusCode()).isEqualTo(200);
      assertThat(slack.signed(JSON, event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode())
          .isEqualTo(200);

      slackApi.nextPost(WAIT);
      // a retry is dropped before the 200 is sent, so nothing of it can still be on its way
      assertThat(slackApi.pending()).isEmpty();
    }

    @Test
    @DisplayName("in a channel outside the allow-list is acknowledged but not answered")
    void channelNotAllowed() throws Exception {
      stop();
      slackApi = new FakeSlackApi();
      startWith(Set.of("C-ALLOWED"));

      assertThat(slack.signed(JSON, mention("Ev1", "C1", "1700000000.000100", QUESTION)).statusCode()).isEqualTo(200);
      assertThat(slack.signed(JSON, mention("Ev2", "C-ALLOWED", "1700000000.000200", QUESTION)).statusCode()).isEqualTo(200);

      assertThat(slackApi.nextPost(WAIT).fields()).containsEntry("channel", "C-ALLOWED");
      assertThat(slackApi.pending()).isEmpty();
    }
  }

  @Nested
  @DisplayName("an unverifiable request gets 401 and nothing is posted")
  class Unverified {

    final String event = mention("Ev1", "C1", "1700000000.000100", QUESTION);

    @Test
    @DisplayName("when the signature is wrong")
    void badSignature() throws Exception {
      String now = String.valueOf(Instant.now().getEpochSecond());
      HttpResponse<String> response = slack.send(JSON, event, headers(now, sign("another-secret", now, event)));

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(slackApi.pending()).isEmpty();
    }

    @Test
    @DisplayName("when the timestamp is stale (replayed after ten minutes)")
    void staleTimestamp() throws Exception {
      String old = String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
      HttpResponse<String> response = slack.send(JSON, event, headers(old, sign(SECRET, old, event)));

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(slackApi.pending()).isEmpty();
    }

    @Test
    @DisplayName("when the signature headers are missing")
    void missingHeaders() throws Exception {
      HttpResponse<String> response = slack.send(JSON, event);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(slackApi.pending()).isEmpty();
    }
  }

  @Test
  @DisplayName("Slack's URL verification is answered with its challenge")
  void urlVerification() throws Exception {
    HttpResponse<String> response = slack.signed(JSON,
        "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  @Test
  @DisplayName("a direct message is answered in the direct message")
  void directMessage() throws Exception {
    assertThat(slack.signed(JSON, SlackRequests.directMessage("Ev1", "1700000000.000100", QUESTION)).statusCode())
        .isEqualTo(200);

    Posted posted = slackApi.nextPost(WAIT);
    assertThat(posted.fields()).containsEntry("channel", "D1").doesNotContainKey("thread_ts");
    assertThat(posted.text()).contains("Tern-4").contains("[1]");
  }

  @Test
  @DisplayName("/news is acknowledged at once in the channel and answered through the response URL")
  void slashCommand() throws Exception {
    String form = "token=legacy&team_id=T1&team_domain=newsroom&channel_id=C1&channel_name=general&user_id=U1"
        + "&user_name=ana&command=%2Fnews&text=" + java.net.URLEncoder.encode(QUESTION, java.nio.charset.StandardCharsets.UTF_8)
        + "&response_url=" + java.net.URLEncoder.encode(slackApi.responseUrl("cmd1"), java.nio.charset.StandardCharsets.UTF_8)
        + "&trigger_id=13345224609.738474920.8088930838d88f008e0";

    HttpResponse<String> ack = slack.signed("application/x-www-form-urlencoded", form);

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).contains("\"response_type\":\"in_channel\"");
    Posted posted = slackApi.nextPost(WAIT);
    assertThat(posted.path()).isEqualTo("/respond/cmd1");
    assertThat(posted.fields()).containsEntry("response_type", "in_channel");
    assertThat(posted.text()).contains("Tern-4").contains("[1]");
  }

  @Test
  @DisplayName("/news timeline topic answers through the response URL with the dated developments, oldest first, each cited")
  void timelineCommand() throws Exception {
    HttpResponse<String> ack = slack.signed("application/x-www-form-urlencoded", command("timeline Kestrel-2", "tl1"));

    assertThat(ack.statusCode()).isEqualTo(200);
    Posted posted = slackApi.nextPost(WAIT);
    assertThat(posted.path()).isEqualTo("/respond/tl1");
    assertThat(posted.text()).startsWith("How “Kestrel-2” developed:\n2026-07-06 — ")
        .contains("\n2026-07-15 — ").contains("\n2026-07-28 — ").contains("\n2026-11-12 — ")
        .contains("*Sources*\n[1] <https://meridianpost.example/").contains("Kestrel-2 launch delayed after valve fault found")
        .contains("[4]").doesNotContain("[5]");
    assertThat(posted.text().indexOf("2026-07-15 — ")).isLessThan(posted.text().indexOf("2026-07-28 — "));
  }

  @Test
  @DisplayName("/news timeline alone asks for a topic; a topic the news does not cover is said plainly")
  void timelineWithoutNews() throws Exception {
    slack.signed("application/x-www-form-urlencoded", command("timeline", "tl2"));
    Posted first = slackApi.nextPost(WAIT);
    slack.signed("application/x-www-form-urlencoded", command("TIMELINE volcano eruption", "tl3"));
    Posted second = slackApi.nextPost(WAIT);

    assertThat(first.text()).isEqualTo("Please name the story, for example: timeline Brennick port strike.");
    assertThat(second.text())
        .isEqualTo("I found nothing in the news about “volcano eruption”, so I cannot show how it developed.");
  }

  private String command(String text, String responseId) {
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    return "token=legacy&team_id=T1&team_domain=newsroom&channel_id=C1&channel_name=general&user_id=U1"
        + "&user_name=ana&command=%2Fnews&text=" + java.net.URLEncoder.encode(text, utf8)
        + "&response_url=" + java.net.URLEncoder.encode(slackApi.responseUrl(responseId), utf8)
        + "&trigger_id=13345224609.738474920." + responseId;
  }
}
