package dev.newsdesk.bot.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.http.InboundRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a Slack-compatible slash command or outgoing webhook as Mattermost and Rocket.Chat
 * send them, as a form or as JSON; absent fields read as empty.
 */
record HookPayload(Map<String, String> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  HookPayload {
    fields = Map.copyOf(fields);
  }

  /** Reads the body as a form or as a JSON object; anything else yields no fields. */
  static HookPayload of(InboundRequest request) {
    Map<String, String> fields = new HashMap<>();
    if (request.isForm()) {
      InboundRequest.parseForm(request.bodyText()).forEach((name, values) -> fields.put(name, values.get(0)));
      return new HookPayload(fields);
    }
    try {
      JsonNode json = JSON.readTree(request.body());
      if (json != null && json.isObject()) {
        json.fields().forEachRemaining(e -> fields.put(e.getKey(), scalar(e.getValue())));
      }
    } catch (IOException e) {
      // not JSON either: no fields, so the token check fails
    }
    return new HookPayload(fields);
  }

  String get(String name) {
    return fields.getOrDefault(name, "");
  }

  Optional<String> optional(String name) {
    return Optional.of(get(name)).filter(v -> !v.isBlank());
  }

  /** The text with a leading trigger word (or mention) removed. */
  String question(List<String> triggers) {
    String text = get("text").strip();
    for (String trigger : triggers) {
      if (!trigger.isBlank() && text.regionMatches(true, 0, trigger, 0, trigger.length())) {
        return text.substring(trigger.length()).replaceFirst("^[\\s:,]+", "").strip();
      }
    }
    return text;
  }

  private static String scalar(JsonNode value) {
    if (value.isNull()) {
      return "";
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    return value.isEmpty() ? "" : value.toString();
  }
}
