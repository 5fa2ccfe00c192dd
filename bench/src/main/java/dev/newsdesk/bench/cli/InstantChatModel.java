package dev.newsdesk.bench.cli;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.newsdesk.bot.model.ChatModels;

/**
 * A stand-in model that answers at once, citing the first two sources: {@code bench
 * --model-overhead} uses it to measure what Newsdesk itself adds to a model's time (retrieval,
 * prompt building, citation checks). It is never used to answer users.
 */
final class InstantChatModel implements ChatModel {

  static final String REPLY = "According to the first source, this happened [1]. A second source adds detail [2].";

  @Override
  public ChatResponse doChat(ChatRequest request) {
    return ChatResponse.builder().aiMessage(AiMessage.from(REPLY)).build();
  }

  ChatModels.Pair asPair() {
    return new ChatModels.Pair(this, new Streaming());
  }

  /** The same reply, as one streamed token. */
  private static final class Streaming implements StreamingChatModel {
    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
      handler.onPartialResponse(REPLY);
      handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from(REPLY)).build());
    }
  }
}
