package dev.newsdesk.baselines;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * The bge-small model as the retriever's query embedder, optionally putting bge's retrieval
 * instruction before the question (as Newsdesk does for its own queries). The retriever calls
 * {@link #embed(String)} with the question; its full-text side still parses the bare question.
 */
final class QueryEmbeddingModel implements EmbeddingModel {

  /** What bge models expect before a short query that looks for passages. */
  static final String BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

  private final EmbeddingModel model;
  private final String prefix;

  QueryEmbeddingModel(EmbeddingModel model, boolean instruction) {
    this.model = model;
    this.prefix = instruction ? BGE_QUERY_INSTRUCTION : "";
  }

  String prefix() {
    return prefix;
  }

  @Override
  public Response<Embedding> embed(String text) {
    return model.embed(prefix + text);
  }

  @Override
  public Response<Embedding> embed(TextSegment textSegment) {
    return embed(textSegment.text());
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> textSegments) {
    return model.embedAll(
        textSegments.stream().map(segment -> TextSegment.from(prefix + segment.text(), segment.metadata())).toList());
  }

  @Override
  public int dimension() {
    return model.dimension();
  }
}
