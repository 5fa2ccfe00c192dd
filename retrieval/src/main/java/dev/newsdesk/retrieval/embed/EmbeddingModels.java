package dev.newsdesk.retrieval.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the embedding model named in the configuration: an in-process ONNX model shipped in its
 * jar (no download, no network), any OpenAI-compatible embeddings server, or none.
 */
public final class EmbeddingModels {

  /** The default: small, good at retrieval, runs offline on a laptop CPU. */
  public static final String BGE_SMALL = "bge-small-en-v1.5-q";

  public static final String MINILM = "all-minilm-l6-v2-q";
  public static final String NONE = "none";

  /** bge models retrieve better when a short query carries this instruction. */
  private static final String BGE_QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";

  private EmbeddingModels() {}

  /**
   * The model for a provider: {@code bge-small-en-v1.5-q}, {@code all-minilm-l6-v2-q},
   * {@code openai} (with base URL, model name, key and dimension) or {@code none}.
   */
  public static Optional<Embeddings> create(EmbeddingSettings settings) {
    String provider = settings.provider().toLowerCase(Locale.ROOT);
    return switch (provider) {
      case NONE -> Optional.empty();
      case BGE_SMALL -> Optional.of(
          new Embeddings(new BgeSmallEnV15QuantizedEmbeddingModel(), BGE_SMALL, 384, BGE_QUERY_INSTRUCTION));
      case MINILM -> Optional.of(
          new Embeddings(new AllMiniLmL6V2QuantizedEmbeddingModel(), MINILM, 384, ""));
      case "openai" -> Optional.of(openAi(settings));
      default -> throw new IllegalArgumentException(
          "unknown embedding provider '" + settings.provider() + "'; use " + BGE_SMALL + ", "
              + MINILM + ", openai or none");
    };
  }

  private static Embeddings openAi(EmbeddingSettings settings) {
    OpenAiEmbeddingModel.OpenAiEmbeddingModelBuilder builder =
        OpenAiEmbeddingModel.builder()
            .modelName(settings.modelName())
            .apiKey(settings.apiKey().orElse("none"))
            .timeout(Duration.ofSeconds(settings.timeoutSeconds()))
            .maxRetries(2);
    settings.baseUrl().ifPresent(builder::baseUrl);
    return new Embeddings(
        builder.build(), "openai:" + settings.modelName(), settings.dimension(), "");
  }
}
