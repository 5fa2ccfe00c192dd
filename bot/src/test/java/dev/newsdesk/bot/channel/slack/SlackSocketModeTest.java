package dev.newsdesk.bot.channel.slack;

import static dev.newsdesk.bot.http.SampleNewsAnswering.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.channel.slack.FakeSlackApi.Posted;
import dev.newsdesk.bot.config.ChannelSettings;
import dev.newsdesk.bot.http.SampleNewsAnswering;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Slack over Socket Mode")
class SlackSocketModeTest {

  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  @Test
  @DisplayName("an app_mention envelope is acknowledged with its envelope id and answered in its thread")
  void mentionAnswered() throws Exception {
    FakeSocketModeServer socket = new FakeSocketModeServer().listen();
    try (SampleNewsAnswering news = SampleNewsAnswering.indexedIn(folder);
        FakeSlackApi slackApi = new FakeSlackApi()) {
      slackApi.socketModeUrl(socket.url());
      ChannelSettings.Slack settings = new ChannelSettings.Slack(false, Optional.of("xoxb-test-token"),
          Optional.of("xapp-test-token"), Optional.empty(), Optional.of(slackApi.apiUrl()), Set.of(), Set.of());
      try (SlackChannel channel = SlackChannel.create(settings, new RateLimiter(60, 5, Clock.systemUTC()),
          news.answering(), news.timelines(), Clock.systemUTC())) {
        assertThat(channel.routes()).as("no signing secret, so no HTTP endpoint").isEmpty();
        channel.start();

        socket.deliver("{\"envelope_id\":\"57d6a792-4d35-4d0b-b6aa-3361493e1caf\",\"type\":\"events_api\","
            + "\"accepts_response_payload\":false,\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":"
            + SlackRequests.mention("Ev1", "C1", "1700000000.000100", QUESTION) + "}", WAIT);

        assertThat(socket.nextReceived(WAIT)).contains("\"envelope_id\":\"57d6a792-4d35-4d0b-b6aa-3361493e1caf\"");
        Posted posted = slackApi.nextPost(WAIT);
        assertThat(posted.fields()).containsEntry("channel", "C1").containsEntry("thread_ts", "1700000000.000100");
        assertThat(posted.text()).contains("Tern-4").contains("[1]");
      }
    } finally {
      socket.stop(1000);
    }
  }
}
