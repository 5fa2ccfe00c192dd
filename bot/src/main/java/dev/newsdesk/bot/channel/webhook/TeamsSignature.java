package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.config.ConfigException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature Microsoft Teams puts on each outgoing-webhook request: {@code Authorization:
 * HMAC <base64>}, the HMAC-SHA256 of the raw body keyed by the base64-decoded security token shown
 * when the webhook was created (Microsoft Learn, "Create Outgoing Webhooks", HMAC verification).
 */
final class TeamsSignature {

  private static final String SCHEME = "HMAC ";

  private final SecretKeySpec key;

  /** @param securityToken the token as Teams shows it, base64 */
  TeamsSignature(String securityToken) {
    try {
      this.key = new SecretKeySpec(Base64.getDecoder().decode(securityToken.strip()), "HmacSHA256");
    } catch (IllegalArgumentException e) {
      throw new ConfigException("teams.hmac-key must be the base64 security token Teams showed", e);
    }
  }

  /** True when the header holds the body's HMAC; compared in constant time, false when absent or malformed. */
  boolean verifies(Optional<String> authorization, byte[] body) {
    if (authorization.isEmpty() || !authorization.get().regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(authorization.get().substring(SCHEME.length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(sign(body), given);
  }

  /** The HMAC-SHA256 of the body under the key. */
  byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
