package dev.newsdesk.bot.channel.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One slash command as Discord lists it: name, description and string options; {@code costly}
 * commands search the index and so count against the user's rate limit. The commands Newsdesk
 * offers are {@link #ALL}; a new one is one entry there and one handler in {@link DiscordResponder}.
 */
record SlashCommand(String name, String description, List<Option> options, boolean costly) {

  /** {@code /news question}: answer a question, with citations. */
  static final SlashCommand NEWS = new SlashCommand("news", "Ask a question about the news; the answer cites its sources",
      List.of(new Option("question", "What you want to know", true)), true);
  /** {@code /latest [topic]}: the newest headlines. */
  static final SlashCommand LATEST = new SlashCommand("latest", "The newest headlines, optionally on a topic",
      List.of(new Option("topic", "Only headlines about this", false)), true);

  /** {@code /timeline topic}: how a story developed, dated and cited. */
  static final SlashCommand TIMELINE = new SlashCommand("timeline", "How a story developed, dated and cited",
      List.of(new Option("topic", "The story, e.g. tram strike", true)), true);
  /** {@code /follow topic}: alerts in this channel when new articles about the topic arrive. */
  static final SlashCommand FOLLOW = new SlashCommand("follow", "Alert this channel to new articles on a topic",
      List.of(new Option("topic", "The topic, optionally with: from <outlet>", true)), false);
  /** {@code /following}: the topics this channel follows. */
  static final SlashCommand FOLLOWING = new SlashCommand("following", "The topics this channel follows",
      List.of(), false);
  /** {@code /unfollow which}: stop following a topic, by number or name. */
  static final SlashCommand UNFOLLOW = new SlashCommand("unfollow", "Stop following a topic in this channel",
      List.of(new Option("which", "The topic's number in /following, or its name", true)), false);
  /** {@code /briefing [when]}: today's briefing now, or a daily one at a time, or off. */
  static final SlashCommand BRIEFING = new SlashCommand("briefing",
      "Today's briefing on this channel's topics; or daily: at 07:30 [zone]; or off",
      List.of(new Option("when", "Empty for now; at HH:MM [time zone]; or off", false)), true);

  /** The commands that follow topics; they need the watch and the bot token (alerts are posted with it). */
  static final List<SlashCommand> WATCH = List.of(FOLLOW, FOLLOWING, UNFOLLOW, BRIEFING);

  /** Every command, in the order Discord's menu shows them. */
  static final List<SlashCommand> ALL = List.of(NEWS, LATEST, TIMELINE, FOLLOW, FOLLOWING, UNFOLLOW, BRIEFING);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A string option (Discord's option type 3). */
  record Option(String name, String description, boolean required) {
    Option {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
    }
  }

  SlashCommand {
    // Discord's rules for a CHAT_INPUT command (docs, "Application Command Object"): lower-case name of
    // 1-32 characters, description of 1-100
    if (!name.matches("[-_\\p{Ll}\\p{N}]{1,32}") || description.isEmpty() || description.length() > 100) {
      throw new IllegalArgumentException("not a valid Discord command: " + name);
    }
    options = List.copyOf(options);
  }

  /** The command as Discord's "bulk overwrite" call takes it: type 1 (CHAT_INPUT), string options. */
  ObjectNode definition() {
    ObjectNode command = JSON.createObjectNode().put("name", name).put("type", 1).put("description", description);
    ArrayNode list = command.putArray("options");
    options.forEach(o -> list.addObject().put("type", 3).put("name", o.name()).put("description", o.description())
        .put("required", o.required()));
    return command;
  }

  /** Every command's definition, as one JSON array. */
  static String definitions() {
    ArrayNode all = JSON.createArrayNode();
    ALL.forEach(c -> all.add(c.definition()));
    return all.toString();
  }
}
