package dev.newsdesk.bot.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.bot.config.ChannelSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The one HTTP server")
class NewsdeskServerTest {

  final HttpClient http = HttpClient.newHttpClient();
  NewsdeskServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  NewsdeskServer start(ServerLimits limits, Route... routes) {
    server = NewsdeskServer.start(new ChannelSettings.Http("127.0.0.1", 0), limits, List.of(routes));
    return server;
  }

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "text/plain").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("a route gets the body, query and headers, and its response is written back")
  void routeAnswers() throws Exception {
    start(ServerLimits.defaults(), Route.post("/echo", request -> InboundResponse.text(201,
        request.bodyText() + "|" + request.query().get("q") + "|" + request.header("content-type").orElse("?"))));

    HttpResponse<String> response = send("POST", "/echo?q=kestrel", "hello");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("hello|[kestrel]|text/plain");
  }

  @Test
  @DisplayName("an unknown path is 404, a known path with another method 405 with Allow")
  void unknownRoutes() throws Exception {
    start(ServerLimits.defaults(), Route.post("/hooks/x", request -> InboundResponse.text(200, "ok")));

    assertThat(send("POST", "/nowhere", "").statusCode()).isEqualTo(404);
    HttpResponse<String> wrongMethod = send("PUT", "/hooks/x", "");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  @DisplayName("a body over the size limit is refused with 413 before the route sees it")
  void tooLarge() throws Exception {
    start(new ServerLimits(2, 4, 16, Duration.ofSeconds(1)), Route.post("/x", request -> InboundResponse.text(200, "seen")));

    HttpResponse<String> response = send("POST", "/x", "x".repeat(17));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("16 bytes");
  }

  @Test
  @DisplayName("a failing route is a 500 that tells nothing of the failure")
  void failingRoute() throws Exception {
    start(ServerLimits.defaults(), Route.post("/x", request -> {
      throw new IllegalStateException("secret detail");
    }));

    HttpResponse<String> response = send("POST", "/x", "");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("secret detail");
  }

  @Test
  @DisplayName("when every worker is busy and no queue slot is left, a further request gets 503 at once")
  void busy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    start(new ServerLimits(1, 0, 1024, Duration.ofSeconds(1)), Route.post("/slow", request -> {
      entered.countDown();
      release.await(10, TimeUnit.SECONDS);
      return InboundResponse.text(200, "done");
    }));
    var first = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> second = send("POST", "/slow", "");
    release.countDown();

    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.headers().firstValue("Retry-After")).isPresent();
    assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("a stop lets a request in flight finish")
  void gracefulStop() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    start(new ServerLimits(2, 2, 1024, Duration.ofSeconds(5)), Route.post("/slow", request -> {
      entered.countDown();
      Thread.sleep(300);
      return InboundResponse.text(200, "finished");
    }));
    var inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    server.close();

    assertThat(inFlight.get(10, TimeUnit.SECONDS).body()).isEqualTo("finished");
    server = null;
  }
}
