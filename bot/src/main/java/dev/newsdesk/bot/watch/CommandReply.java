package dev.newsdesk.bot.watch;

import java.util.Objects;

/** What a follow, unfollow or briefing command answers: plain text (the channel escapes it), or a briefing. */
public sealed interface CommandReply {

  /** Plain text, not yet escaped for any markup. */
  record Text(String text) implements CommandReply {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A briefing to render. */
  record Briefing(Notice.Briefing briefing) implements CommandReply {
    public Briefing {
      Objects.requireNonNull(briefing, "briefing");
    }
  }
}
