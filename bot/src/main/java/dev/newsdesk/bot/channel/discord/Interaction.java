package dev.newsdesk.bot.channel.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a Discord interaction Newsdesk reads (developer docs, "Interaction Object"): its
 * type, the application and the interaction token the reply goes through, where it came from
 * (guild, absent in a direct message; channel), who sent it, and the command with its options.
 */
record Interaction(int type, String applicationId, String token, Optional<String> guild, String channel, String user,
    String command, Map<String, String> options) {

  /** Discord's interaction types. */
  static final int PING = 1;
  static final int APPLICATION_COMMAND = 2;

  Interaction {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(command, "command");
    options = Map.copyOf(options);
  }

  /** Reads an interaction; absent fields read as empty. */
  static Interaction read(JsonNode json) {
    Map<String, String> options = new LinkedHashMap<>();
    for (JsonNode option : json.path("data").path("options")) {
      if (option.path("value").isValueNode()) {
        options.put(option.path("name").asText(""), option.path("value").asText(""));
      }
    }
    // in a guild the user is inside member; in a direct message it is user (docs: "Interaction Object")
    String user = text(json.path("member").path("user"), "id");
    String channel = text(json, "channel_id");
    return new Interaction(json.path("type").asInt(0), text(json, "application_id"), text(json, "token"),
        Optional.of(text(json, "guild_id")).filter(g -> !g.isBlank()),
        channel.isBlank() ? text(json.path("channel"), "id") : channel,
        user.isBlank() ? text(json.path("user"), "id") : user,
        text(json.path("data"), "name"), options);
  }

  /** The value of a string option, empty when not given. */
  String option(String name) {
    return options.getOrDefault(name, "");
  }

  /** The conversation a question belongs to: per user in a channel, as the slash commands of other platforms. */
  String conversationKey() {
    return "discord:" + guild.orElse("dm") + ":" + channel + ":" + user;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText("") : "";
  }
}
