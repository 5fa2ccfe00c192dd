package dev.newsdesk.retrieval.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP exchange read whole within a deadline and a size limit. The request's own timeout in
 * the JDK client ends when the headers arrive; a server that then sends one byte a second would
 * hold the caller for as long as it likes. Here the deadline covers connecting, the headers and
 * the whole body, and reading stops one byte past {@code maxBytes}.
 */
final class BoundedDownload {

  private BoundedDownload() {}

  /**
   * The response, its body holding at most {@code maxBytes + 1} bytes (more means too large);
   * throws {@link TimeoutException} when the deadline passes first, after cancelling the exchange.
   */
  static HttpResponse<byte[]> get(HttpClient client, HttpRequest request, long maxBytes, Duration deadline)
      throws IOException, InterruptedException, TimeoutException {
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> new Capped(maxBytes + 1));
    try {
      return future.get(Math.max(1, deadline.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Collects a body up to a number of bytes, then cancels the rest. */
  private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Capped(long limit) {
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        int take = (int) Math.min(buffer.remaining(), limit - bytes.size());
        byte[] chunk = new byte[take];
        buffer.get(chunk);
        bytes.write(chunk, 0, take);
        if (bytes.size() >= limit) {
          subscription.cancel();
          body.complete(bytes.toByteArray());
          return;
        }
      }
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }
  }
}
