package dev.newsdesk.bot.model;

import dev.newsdesk.bot.config.ModelSettings;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.newsdesk.bot.config.ConfigException;

/**
 * Builds the LangChain4j chat models for a provider: OpenAI (and any OpenAI-compatible server
 * through the base URL: Ollama, vLLM, llama.cpp, LM Studio, OpenRouter), Anthropic or Gemini.
 *
 * <p>The clients do not retry themselves: {@link ModelCall} retries with backoff, so that 429 and
 * 5xx are handled one way for every provider.
 */
public final class ChatModels {

  private ChatModels() {}

  /** The blocking and the streaming model of the configured provider. */
  public record Pair(ChatModel chat, StreamingChatModel streaming) {}

  public static Pair create(ModelSettings s) {
    return switch (s.provider()) {
      case "openai" -> new Pair(openAi(s), openAiStreaming(s));
      case "anthropic" -> new Pair(anthropic(s), anthropicStreaming(s));
      case "gemini" -> new Pair(gemini(s), geminiStreaming(s));
      default -> throw new ConfigException("model.provider must be extractive, openai, anthropic or gemini, was '"
          + s.provider() + "'");
    };
  }

  private static String key(ModelSettings s) {
    // local OpenAI-compatible servers (Ollama, vLLM) accept any key; the client insists on one
    return s.apiKey().orElse("not-needed");
  }

  private static ChatModel openAi(ModelSettings s) {
    OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
        .apiKey(key(s)).modelName(s.name()).timeout(s.timeout()).maxRetries(0);
    s.baseUrl().ifPresent(b::baseUrl);
    return b.build();
  }

  private static StreamingChatModel openAiStreaming(ModelSettings s) {
    OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder b = OpenAiStreamingChatModel.builder()
        .apiKey(key(s)).modelName(s.name()).timeout(s.timeout());
    s.baseUrl().ifPresent(b::baseUrl);
    return b.build();
  }

  private static ChatModel anthropic(ModelSettings s) {
    AnthropicChatModel.AnthropicChatModelBuilder b = AnthropicChatModel.builder()
        .apiKey(key(s)).modelName(s.name()).timeout(s.timeout()).maxRetries(0).maxTokens(1024);
    s.baseUrl().ifPresent(b::baseUrl);
    return b.build();
  }

  private static StreamingChatModel anthropicStreaming(ModelSettings s) {
    AnthropicStreamingChatModel.AnthropicStreamingChatModelBuilder b = AnthropicStreamingChatModel.builder()
        .apiKey(key(s)).modelName(s.name()).timeout(s.timeout()).maxTokens(1024);
    s.baseUrl().ifPresent(b::baseUrl);
    return b.build();
  }

  private static ChatModel gemini(ModelSettings s) {
    GoogleAiGeminiChatModel.GoogleAiGeminiChatModelBuilder b = GoogleAiGeminiChatModel.builder()
        .apiKey(key(s)).modelName(s.name()).timeout(s.timeout()).maxRetries(0);
    s.baseUrl().ifPresent(b::baseUrl);
    return b.build();
  }

  private static StreamingChatModel geminiStreaming(ModelSettings s) {
    GoogleAiGeminiStreamingChatModel.GoogleAiGeminiStreamingChatModelBuilder b =
        GoogleAiGeminiStreamingChatModel.builder().apiKey(key(s)).modelName(s.name()).timeout(s.timeout());
    s.baseUrl().ifPresent(b::baseUrl);
    return b.build();
  }
}
