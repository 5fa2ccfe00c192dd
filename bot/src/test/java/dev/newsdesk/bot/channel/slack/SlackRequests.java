package dev.newsdesk.bot.channel.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the running server as Slack does: signed with v0 HMAC-SHA256 over the timestamp and body. */
final class SlackRequests {

  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI events;

  SlackRequests(int port) {
    this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
  }

  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request signed now with the right secret. */
  HttpResponse<String> signed(String contentType, String body, String... extraHeaders) throws IOException, InterruptedException {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    return send(contentType, body, headers(timestamp, sign(SECRET, timestamp, body), extraHeaders));
  }

  HttpResponse<String> send(String contentType, String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(events)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String[] headers(String timestamp, String signature, String... extra) {
    String[] all = new String[4 + extra.length];
    all[0] = "X-Slack-Request-Timestamp";
    all[1] = timestamp;
    all[2] = "X-Slack-Signature";
    all[3] = signature;
    System.arraycopy(extra, 0, all, 4, extra.length);
    return all;
  }

  /** An Events API callback carrying an app_mention of the bot in a channel. */
  static String mention(String eventId, String channel, String ts, String text) {
    return eventCallback(eventId, "{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> " + text
        + "\",\"ts\":\"" + ts + "\",\"channel\":\"" + channel + "\",\"event_ts\":\"" + ts + "\"}");
  }

  /** An Events API callback carrying a reply in a thread that mentions the bot. */
  static String mentionInThread(String eventId, String ts, String threadTs, String text) {
    return eventCallback(eventId, "{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> " + text
        + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"channel\":\"C1\",\"event_ts\":\"" + ts + "\"}");
  }

  /** An Events API callback carrying a direct message (message.im). */
  static String directMessage(String eventId, String ts, String text) {
    return eventCallback(eventId, "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"" + text
        + "\",\"ts\":\"" + ts + "\",\"channel\":\"D1\",\"event_ts\":\"" + ts + "\"}");
  }

  static String eventCallback(String eventId, String event) {
    return "{\"token\":\"legacy\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event\":" + event
        + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"is_bot\":true}]}";
  }

}
