package dev.newsdesk.bot.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared token a Mattermost or Rocket.Chat hook carries in its payload. */
final class HookToken {

  private final byte[] token;

  HookToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** True when the payload carries the configured token; compared in constant time. */
  boolean matches(HookPayload payload) {
    return MessageDigest.isEqual(token, payload.get("token").getBytes(StandardCharsets.UTF_8));
  }
}
