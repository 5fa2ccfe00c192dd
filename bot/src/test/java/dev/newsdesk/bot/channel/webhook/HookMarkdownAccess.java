package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.Answer;

/** Lets tests of every channel's rendering reach the hooks' package-private renderer. */
public final class HookMarkdownAccess {

  private HookMarkdownAccess() {}

  public static String render(Answer answer, int maxLength) {
    return HookMarkdown.render(answer, maxLength);
  }
}
