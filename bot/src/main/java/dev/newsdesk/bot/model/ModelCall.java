package dev.newsdesk.bot.model;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a chat model with bounded retries: a rate limit (429), a server error (5xx), a timeout or a
 * dropped connection is retried after an exponential backoff; anything else, or the last failure,
 * becomes a {@link ModelException}. A stream is retried only if it failed before its first token.
 */
public final class ModelCall {

  private static final Logger log = LoggerFactory.getLogger(ModelCall.class);

  private final int maxRetries;
  private final Duration firstBackoff;
  private final Duration timeout;

  public ModelCall(int maxRetries, Duration firstBackoff, Duration timeout) {
    this.maxRetries = maxRetries;
    this.firstBackoff = firstBackoff;
    this.timeout = timeout;
  }

  public String chat(ChatModel model, List<ChatMessage> messages) {
    for (int attempt = 0; ; attempt++) {
      try {
        return model.chat(messages).aiMessage().text();
      } catch (RuntimeException e) {
        retryOrThrow(e, attempt);
      }
    }
  }

  /** Streams the reply's tokens to the consumer as they arrive and returns the whole text. */
  public String stream(StreamingChatModel model, List<ChatMessage> messages, Consumer<String> tokens) {
    for (int attempt = 0; ; attempt++) {
      AtomicBoolean started = new AtomicBoolean();
      try {
        return streamOnce(model, messages, token -> {
          started.set(true);
          tokens.accept(token);
        });
      } catch (RuntimeException e) {
        if (started.get()) {
          throw new ModelException("the model's stream broke off: " + describe(e), e);
        }
        retryOrThrow(e, attempt);
      }
    }
  }

  private String streamOnce(StreamingChatModel model, List<ChatMessage> messages, Consumer<String> tokens) {
    CompletableFuture<String> done = new CompletableFuture<>();
    model.chat(messages, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partial) {
        tokens.accept(partial);
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        done.complete(response.aiMessage().text());
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    });
    try {
      return done.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new dev.langchain4j.exception.TimeoutException("no complete answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelException("interrupted while waiting for the model", e);
    }
  }

  private void retryOrThrow(RuntimeException e, int attempt) {
    if (!retriable(e) || attempt >= maxRetries) {
      throw new ModelException("the language model failed: " + describe(e), e);
    }
    long wait = firstBackoff.toMillis() << attempt;
    log.warn("language model call failed ({}), retrying in {} ms", describe(e), wait);
    try {
      Thread.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ModelException("interrupted while waiting to retry the model", e);
    }
  }

  static boolean retriable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RetriableException || t instanceof IOException
          || t instanceof java.net.http.HttpTimeoutException) {
        return true;
      }
      if (t instanceof HttpException http) {
        return http.statusCode() == 429 || http.statusCode() >= 500;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
  }
}
