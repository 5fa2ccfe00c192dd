package dev.newsdesk.bot.channel.discord;

import dev.newsdesk.bot.channel.TextCut;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivers a reply to an interaction in order: the first part replaces the deferred response
 * ({@code PATCH .../messages/@original}), each further part is a follow-up, each within Discord's
 * 2,000-character limit. The first edit is retried a few times when Discord does not yet know the
 * original message (a 404 while it is still taking the acknowledgement).
 */
final class ReplyDelivery {

  /** More parts than this are not sent; the last one says so (a guard: replies are rendered within 8,000 characters). */
  static final int MAX_PARTS = 10;
  private static final List<Duration> EDIT_RETRIES = List.of(Duration.ofMillis(250), Duration.ofSeconds(1));

  private final DiscordApi api;

  ReplyDelivery(DiscordApi api) {
    this.api = api;
  }

  void deliver(String applicationId, String interactionToken, String markdown) throws InterruptedException {
    List<String> parts = MessageParts.split(markdown.isBlank() ? "(no reply)" : markdown, MessageParts.DISCORD_LIMIT);
    if (parts.size() > MAX_PARTS) {
      parts = new ArrayList<>(parts.subList(0, MAX_PARTS));
      parts.set(MAX_PARTS - 1, TextCut.shorten(parts.get(MAX_PARTS - 1),
          MessageParts.DISCORD_LIMIT - 40) + "\n*(reply shortened)*");
    }
    editOriginal(applicationId, interactionToken, parts.get(0));
    for (String part : parts.subList(1, parts.size())) {
      api.followUp(applicationId, interactionToken, part);
    }
  }

  private void editOriginal(String applicationId, String interactionToken, String content) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        api.editOriginal(applicationId, interactionToken, content);
        return;
      } catch (DiscordException e) {
        if (attempt >= EDIT_RETRIES.size() || e.status() != 404) {
          throw e;
        }
        Thread.sleep(EDIT_RETRIES.get(attempt).toMillis());
      }
    }
  }
}
