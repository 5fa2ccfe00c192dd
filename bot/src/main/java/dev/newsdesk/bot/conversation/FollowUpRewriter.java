package dev.newsdesk.bot.conversation;

import java.util.List;

/** Turns a follow-up ("what did he say next?") into a question that stands on its own. */
@FunctionalInterface
public interface FollowUpRewriter {

  /** The standalone question; the question itself when there is no history or it needs none. */
  String standalone(String question, List<Turn> history);
}
