package dev.newsdesk.bot.channel.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The few calls of Discord's REST API that Newsdesk makes, over the JDK's HTTP client: editing an
 * interaction's original response and posting follow-ups through the interaction webhook (which
 * needs no bot token: the interaction's own token authorises it for 15 minutes), and, with the bot
 * token, posting alerts to a channel and overwriting the application's commands. A 429 is waited out as {@code retry_after} says,
 * twice at most (developer docs, "Rate Limits").
 */
final class DiscordApi {

  /** Discord's REST API, version 10. */
  static final String DEFAULT_URL = "https://discord.com/api/v10";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final int RETRIES = 2;
  /** Discord asks bots to name themselves in this form (developer docs, "User Agent"). */
  private static final String USER_AGENT = "DiscordBot (https://github.com/newsdesk, 0.1.0)";

  private final String base;
  private final HttpClient http;

  DiscordApi(Optional<String> apiUrl) {
    String url = apiUrl.filter(u -> !u.isBlank()).orElse(DEFAULT_URL).strip();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** Replaces the deferred response ("thinking…") with the first part of the reply. */
  void editOriginal(String applicationId, String interactionToken, String content) {
    send("PATCH", webhook(applicationId, interactionToken) + "/messages/@original", message(content).toString(),
        Optional.empty());
  }

  /** Posts a further part of the reply in the same place, after the ones before it ({@code wait=true}). */
  void followUp(String applicationId, String interactionToken, String content) {
    send("POST", webhook(applicationId, interactionToken) + "?wait=true", message(content).toString(),
        Optional.empty());
  }

  /**
   * Posts a message to a channel (or a direct-message channel) with the bot token, as {@code POST
   * /channels/{id}/messages} (developer docs, "Create Message"); used for alerts and briefings.
   *
   * @throws DiscordException with Discord's status when it refuses (403: no access; 404: unknown channel)
   */
  void createMessage(String channelId, String botToken, String content) {
    send("POST", base + "/channels/" + segment(channelId) + "/messages", message(content).toString(),
        Optional.of("Bot " + botToken));
  }

  /**
   * Overwrites the application's slash commands (globally, or in one guild, where changes show at
   * once) with {@code commands}, a JSON array; returns what Discord registered.
   */
  JsonNode overwriteCommands(String applicationId, Optional<String> guild, String botToken, String commands) {
    String path = "/applications/" + segment(applicationId)
        + guild.map(g -> "/guilds/" + segment(g)).orElse("") + "/commands";
    return send("PUT", base + path, commands, Optional.of("Bot " + botToken));
  }

  /** A message whose content can mention no one: {@code allowed_mentions} with nothing to parse. */
  static ObjectNode message(String content) {
    ObjectNode message = JSON.createObjectNode();
    message.put("content", content);
    message.putObject("allowed_mentions").putArray("parse");
    return message;
  }

  private String webhook(String applicationId, String interactionToken) {
    return base + "/webhooks/" + segment(applicationId) + "/" + segment(interactionToken);
  }

  private JsonNode send(String method, String url, String body, Optional<String> authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
        .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    authorization.ifPresent(value -> request.header("Authorization", value));
    String what = method + " " + url.substring(base.length()).replaceAll("/webhooks/([^/]+)/[^/?]+", "/webhooks/$1/…");
    try {
      for (int attempt = 0; ; attempt++) {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429 && attempt < RETRIES) {
          Thread.sleep(retryAfter(response).toMillis());
          continue;
        }
        if (response.statusCode() / 100 != 2) {
          throw new DiscordException("Discord answered " + response.statusCode() + " to " + what + ": "
              + errorMessage(response.body()), response.statusCode());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
      }
    } catch (IOException e) {
      throw new DiscordException("cannot reach Discord for " + what + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordException("interrupted while calling Discord for " + what, e);
    }
  }

  private static Duration retryAfter(HttpResponse<String> response) {
    double seconds = 1;
    try {
      seconds = JSON.readTree(response.body()).path("retry_after").asDouble(1);
    } catch (IOException e) {
      // no JSON body: wait a second
    }
    return Duration.ofMillis((long) (Math.min(Math.max(seconds, 0), 30) * 1000));
  }

  private static String errorMessage(String body) {
    try {
      JsonNode error = JSON.readTree(body);
      if (error != null && error.hasNonNull("message")) {
        return error.get("message").asText() + (error.has("errors") ? " " + error.get("errors") : "");
      }
    } catch (IOException e) {
      // not JSON: show the start of it
    }
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
