package dev.newsdesk.retrieval.embed;

import java.util.Objects;
import java.util.Optional;

/**
 * Which embedding model to use: a provider name, and for a server its base URL, model name,
 * key, vector dimension and timeout.
 */
public record EmbeddingSettings(
    String provider,
    Optional<String> baseUrl,
    String modelName,
    Optional<String> apiKey,
    int dimension,
    int timeoutSeconds) {

  public EmbeddingSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(apiKey, "apiKey");
  }

  public static EmbeddingSettings of(String provider) {
    return new EmbeddingSettings(provider, Optional.empty(), "", Optional.empty(), 384, 60);
  }

  @Override
  public String toString() {
    return "EmbeddingSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", modelName="
        + modelName + ", apiKey=" + apiKey.map(k -> "***").orElse("none") + ", dimension="
        + dimension + "]";
  }
}
