package dev.newsdesk.bot.channel.discord;

import dev.newsdesk.bot.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks the Ed25519 signature Discord puts on every interaction: {@code X-Signature-Ed25519} (hex)
 * over {@code X-Signature-Timestamp} followed by the raw body, under the application's public key
 * (Discord developer docs, "Receiving and Responding", Security and Authorization). A timestamp
 * further than {@link #MAX_SKEW} from now is refused too, so a captured request cannot be replayed.
 *
 * <p>Uses the JDK's own Ed25519 (RFC 8032, in the runtime since Java 15): no extra library, and
 * patched with the runtime. The raw 32-byte key is wrapped in its X.509 SubjectPublicKeyInfo
 * (RFC 8410: the DER prefix below, then the key) so the JDK's {@link KeyFactory} reads it.
 */
final class InteractionSignature {

  /** How far a request's timestamp may lie from the clock, either way. */
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  /** SEQUENCE { SEQUENCE { OID 1.3.101.112 (Ed25519) }, BIT STRING (32 bytes) } up to the key (RFC 8410, section 4). */
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final PublicKey key;
  private final Clock clock;

  /** @param publicKeyHex the application's public key as the Developer Portal shows it: 64 hex digits */
  InteractionSignature(String publicKeyHex, Clock clock) {
    this.clock = clock;
    try {
      byte[] raw = HexFormat.of().parseHex(publicKeyHex.strip());
      if (raw.length != 32) {
        throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, this one " + raw.length);
      }
      byte[] encoded = new byte[X509_PREFIX.length + raw.length];
      System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
      System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
      this.key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new ConfigException("discord.public-key (DISCORD_PUBLIC_KEY) is not an Ed25519 public key: "
          + e.getMessage(), e);
    }
  }

  /** True when the signature is Discord's over this timestamp and body, and the timestamp is recent. */
  boolean verifies(Optional<String> signatureHex, Optional<String> timestamp, byte[] body) {
    if (signatureHex.isEmpty() || timestamp.isEmpty() || !recent(timestamp.get())) {
      return false;
    }
    try {
      byte[] signature = HexFormat.of().parseHex(signatureHex.get().strip());
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(key);
      ed25519.update(timestamp.get().getBytes(StandardCharsets.UTF_8));
      ed25519.update(body);
      return ed25519.verify(signature);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false; // not hex, wrong length, or not a signature at all
    }
  }

  private boolean recent(String timestamp) {
    try {
      Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
      return Duration.between(sent, clock.instant()).abs().compareTo(MAX_SKEW) <= 0;
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return false;
    }
  }
}
