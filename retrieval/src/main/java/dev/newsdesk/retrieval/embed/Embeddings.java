package dev.newsdesk.retrieval.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsdesk.retrieval.RetrievalException;
import java.util.List;
import java.util.Objects;

/**
 * The embedding model of an index: any LangChain4j {@link EmbeddingModel}, with the name and
 * dimension the index records, and the instruction some models want in front of a query.
 *
 * <p>Vectors are normalised to unit length, so the index compares them by dot product.
 */
public final class Embeddings {

  private final EmbeddingModel model;
  private final String name;
  private final int dimension;
  private final String queryPrefix;

  public Embeddings(EmbeddingModel model, String name, int dimension, String queryPrefix) {
    this.model = Objects.requireNonNull(model, "model");
    this.name = Objects.requireNonNull(name, "name");
    this.queryPrefix = Objects.requireNonNull(queryPrefix, "queryPrefix");
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be positive, was " + dimension);
    }
    this.dimension = dimension;
  }

  /** The model's name as the index records it, e.g. {@code bge-small-en-v1.5-q}. */
  public String name() {
    return name;
  }

  public int dimension() {
    return dimension;
  }

  /** The vector of a question. */
  public float[] embedQuery(String query) {
    return checked(call(() -> model.embed(queryPrefix + query).content()));
  }

  /** The vectors of passages, in order; the model spreads the work over the cores. */
  public List<float[]> embedPassages(List<String> passages) {
    if (passages.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
    List<Embedding> embeddings = call(() -> model.embedAll(segments).content());
    if (embeddings.size() != passages.size()) {
      throw new RetrievalException(
          "embedding model " + name + " returned " + embeddings.size() + " vectors for "
              + passages.size() + " passages");
    }
    return embeddings.stream().map(this::checked).toList();
  }

  private float[] checked(Embedding embedding) {
    float[] vector = embedding.vector();
    if (vector.length != dimension) {
      throw new RetrievalException(
          "embedding model " + name + " returned " + vector.length + " dimensions, expected "
              + dimension);
    }
    return VectorMath.normalised(vector);
  }

  private <T> T call(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (RetrievalException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new RetrievalException("embedding model " + name + " failed: " + e.getMessage(), e);
    }
  }
}
