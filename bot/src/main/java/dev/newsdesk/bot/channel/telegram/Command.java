package dev.newsdesk.bot.channel.telegram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** What a message asks the bot to do; a plain question is {@link #ASK}. */
enum Command {
  ASK("ask", "Ask a question about the news"),
  LATEST("latest", "Newest headlines, optionally on a topic: /latest [topic]"),
  TIMELINE("timeline", "How a story developed, oldest first: /timeline topic"),
  SOURCES("sources", "All sources of the last answer, with the passages quoted"),
  RESET("reset", "Forget this conversation and start afresh"),
  FOLLOW("follow", "Get alerts about a topic: /follow <topic> [from <outlet>]"),
  FOLLOWING("following", "The topics you follow"),
  UNFOLLOW("unfollow", "Stop following: /unfollow <number or topic>"),
  BRIEFING("briefing", "Today's stories now; /briefing at 07:30 daily; /briefing off"),
  HELP("help", "How to use Newsdesk"),
  START("start", "Start talking to Newsdesk");

  static final String HELP_TEXT =
      """
      <b>Newsdesk</b> answers questions about the news and cites its sources as [n].

      In a private chat, just type a question. In a group, mention me, reply to one of my answers, or use /ask.
      /ask <i>question</i> — ask a question
      /latest [<i>topic</i>] — the newest headlines
      /timeline <i>topic</i> — how a story developed, oldest first, each development cited
      /sources — all sources of the last answer, with the passages quoted
      /reset — forget the conversation, so the next question starts afresh
      /follow <i>topic</i> [from <i>outlet</i>] — an alert when a new article about it arrives
      /following — your topics; /unfollow <i>number or topic</i> — stop one
      /briefing — today's stories now; /briefing at 07:30 [<i>time zone</i>] — every day; /briefing off
      /help — this help""";

  private final String name;
  private final String description;

  Command(String name, String description) {
    this.name = name;
    this.description = description;
  }

  /** The command a {@code /name} stands for, if it is one of ours. */
  static Optional<Command> named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.name.equals(lower)).findFirst();
  }

  /** The menu registered with {@code setMyCommands}. */
  static List<BotCommand> menu() {
    return Arrays.stream(values()).map(c -> new BotCommand(c.name, c.description)).toList();
  }

  /** Whether the command asks something of the index, and so counts against the user's rate limit. */
  boolean costly() {
    return this == ASK || this == LATEST || this == TIMELINE || this == BRIEFING;
  }
}
