package dev.newsdesk.bot.channel.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.RouteHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands an HTTP request from Slack's Events API (events, slash commands, URL verification) to the
 * Bolt app, the way Bolt's servlet adapter does, and writes Bolt's response back. Bolt checks the
 * signature and the timestamp before any handler runs; Bolt refuses only timestamps in the past,
 * so one more than five minutes ahead of this clock is refused here, as Slack's guide asks ("verify
 * the request timestamp is within five minutes of local time", api.slack.com, verifying requests).
 */
final class SlackEventsRoute implements RouteHandler {

  /** How far a request's timestamp may be from this clock, either way. */
  static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final App app;
  private final SlackRequestParser parser;
  private final Clock clock;

  SlackEventsRoute(App app, Clock clock) {
    this.app = app;
    this.clock = clock;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public InboundResponse handle(InboundRequest request) throws Exception {
    if (request.header("X-Slack-Request-Timestamp").filter(this::outOfTolerance).isPresent()) {
      return InboundResponse.json(401, "{\"error\":\"invalid request\"}");
    }
    Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
        .requestUri(request.path())
        .queryString(mutable(request.query()))
        .requestBody(request.bodyText())
        .headers(new RequestHeaders(request.headers()))
        .remoteAddress(request.remoteAddress())
        .build());
    if (slackRequest == null) {
      return InboundResponse.json(400, "{\"error\":\"not a request from Slack\"}");
    }
    Response response = app.run(slackRequest);
    String contentType = response.getContentType() == null ? InboundResponse.JSON : response.getContentType();
    String body = response.getBody() == null ? "" : response.getBody();
    Map<String, List<String>> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
    return new InboundResponse(response.getStatusCode(), contentType, body, headers);
  }

  private boolean outOfTolerance(String timestamp) {
    try {
      long seconds = Long.parseLong(timestamp.strip());
      return Math.abs(seconds - clock.instant().getEpochSecond()) > TOLERANCE.toSeconds();
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static Map<String, List<String>> mutable(Map<String, List<String>> query) {
    Map<String, List<String>> copy = new HashMap<>();
    query.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    return copy;
  }
}
