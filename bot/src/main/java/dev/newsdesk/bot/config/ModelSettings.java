package dev.newsdesk.bot.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Which language model writes answers: a provider ({@code extractive}, {@code openai},
 * {@code anthropic}, {@code gemini}), its server, model name, key, timeout and retries, and an
 * optional folder of prompt overrides. The key is masked in {@code toString}, so never logged.
 */
public record ModelSettings(
    String provider,
    Optional<String> baseUrl,
    String name,
    Optional<String> apiKey,
    Duration timeout,
    int maxRetries,
    Optional<java.nio.file.Path> promptsDir) {

  public static final String EXTRACTIVE = "extractive";

  public ModelSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(promptsDir, "promptsDir");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
  }

  public static ModelSettings extractive() {
    return new ModelSettings(EXTRACTIVE, Optional.empty(), "", Optional.empty(), Duration.ofSeconds(60), 2,
        Optional.empty());
  }

  public boolean usesModel() {
    return !provider.equals(EXTRACTIVE);
  }

  @Override
  public String toString() {
    return "ModelSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", name=" + name + ", apiKey="
        + apiKey.map(k -> "***").orElse("none") + ", timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", promptsDir=" + promptsDir + "]";
  }
}
