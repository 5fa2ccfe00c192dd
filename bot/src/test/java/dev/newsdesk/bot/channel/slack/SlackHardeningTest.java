package dev.newsdesk.bot.channel.slack;

import static dev.newsdesk.bot.channel.slack.SlackRequests.SECRET;
import static dev.newsdesk.bot.channel.slack.SlackRequests.headers;
import static dev.newsdesk.bot.channel.slack.SlackRequests.mention;
import static dev.newsdesk.bot.channel.slack.SlackRequests.sign;
import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.NewsdeskServer;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import dev.newsdesk.bot.http.ServerLimits;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@DisplayName("Slack, hardened")
class SlackHardeningTest {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String TOKEN_SECRET = "Q7rT2vX9kL4mN8pZ3wY6";
  static final String BOT_TOKEN = "xoxb-" + TOKEN_SECRET;

  @TempDir static Path folder;
  static SampleNewsAnswering news;

  @BeforeAll
  static void indexSampleNews() {
    news = SampleNewsAnswering.indexedIn(folder);
  }

  @AfterAll
  static void closeIndex() {
    news.close();
  }

  @Test
  @DisplayName("a request timestamped an hour in the future is refused like a stale one, and nothing is posted")
  void futureTimestamp() throws Exception {
    try (FakeSlackApi api = new FakeSlackApi()) {
      SlackChannel channel = start(api);
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          channel.routes())) {
        String event = mention("Ev1", "C1", "1700000000.000100", QUESTION);
        String future = String.valueOf(Instant.now().plus(Duration.ofHours(1)).getEpochSecond());
        String nearFuture = String.valueOf(Instant.now().plus(Duration.ofMinutes(6)).getEpochSecond());
        SlackRequests slack = new SlackRequests(server.port());

        assertThat(slack.send("application/json", event, headers(future, sign(SECRET, future, event))).statusCode())
            .isEqualTo(401);
        assertThat(slack.send("application/json", event, headers(nearFuture, sign(SECRET, nearFuture, event))).statusCode())
            .isEqualTo(401);
        assertThat(api.pending()).isEmpty();
        HttpResponse<String> now = slack.signed("application/json", event);
        assertThat(now.statusCode()).isEqualTo(200);
      } finally {
        channel.close();
      }
    }
  }

  @Test
  @DisplayName("with every logger at DEBUG, no part of the bot token appears in any log line")
  void tokenNeverLogged() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.setContext(context);
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.DEBUG);
    try (FakeSlackApi api = new FakeSlackApi()) {
      SlackChannel channel = start(api);
      try (NewsdeskServer server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), ServerLimits.defaults(),
          channel.routes())) {
        new SlackRequests(server.port()).signed("application/json", mention("Ev1", "C1", "1700000000.000100", QUESTION));
        assertThat(api.nextPost(WAIT).text()).contains("Tern-4");
        // the SDK's own path that logged a token prefix at DEBUG: a Web API call that resolves the team id
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl().endsWith("/") ? api.apiUrl() : api.apiUrl() + "/");
        com.slack.api.Slack.getInstance(config).methods(BOT_TOKEN).chatPostMessage(r -> r.channel("C9").text("x"));
      } finally {
        channel.close();
      }
    } finally {
      root.setLevel(before);
      root.detachAppender(logs);
    }

    assertThat(logs.list).isNotEmpty();
    for (ILoggingEvent event : logs.list) {
      String line = event.getFormattedMessage()
          + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      for (int i = 0; i + 6 <= TOKEN_SECRET.length(); i++) {
        assertThat(line).as("log of %s", event.getLoggerName()).doesNotContain(TOKEN_SECRET.substring(i, i + 6));
      }
    }
  }

  static SlackChannel start(FakeSlackApi api) {
    ChannelSettings.Slack settings = new ChannelSettings.Slack(false, Optional.of(BOT_TOKEN), Optional.empty(),
        Optional.of(SECRET), Optional.of(api.apiUrl()), Set.of(), Set.of());
    SlackChannel channel = SlackChannel.create(settings, new dev.newsdesk.bot.channel.RateLimiter(60, 5, Clock.systemUTC()), news.answering(),
        news.timelines(), Clock.systemUTC());
    channel.start();
    return channel;
  }
}
