package dev.newsdesk.bot.conversation;

import java.time.Instant;
import java.util.Objects;

/** One exchange of a conversation: the question as asked, as understood, and the answer given. */
public record Turn(String asked, String standalone, String answer, Instant at) {

  public Turn {
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(standalone, "standalone");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(at, "at");
  }

  /** A rough token count (words), for bounding the memory. */
  int tokens() {
    return (asked + " " + answer).split("\\s+").length;
  }
}
