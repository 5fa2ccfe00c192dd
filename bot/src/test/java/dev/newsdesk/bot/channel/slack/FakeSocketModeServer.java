package dev.newsdesk.bot.channel.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's Socket Mode endpoint: greets each connection with {@code hello},
 * delivers the envelopes it is given, and records what the client sends back (the acks).
 */
final class FakeSocketModeServer extends WebSocketServer {

  private final CountDownLatch started = new CountDownLatch(1);
  private final BlockingQueue<WebSocket> connections = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

  FakeSocketModeServer() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  /** Starts listening and waits until the port is bound. */
  FakeSocketModeServer listen() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("the fake Socket Mode server did not start");
    }
    return this;
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test-ticket";
  }

  /** Waits for the client to connect, then sends it an envelope. */
  void deliver(String envelope, Duration timeout) throws InterruptedException {
    WebSocket socket = connections.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (socket == null) {
      throw new AssertionError("the Socket Mode client did not connect within " + timeout);
    }
    socket.send(envelope);
  }

  /** The next message from the client, waiting up to the timeout. */
  String nextReceived(Duration timeout) throws InterruptedException {
    String message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("the Socket Mode client sent nothing within " + timeout);
    }
    return message;
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-test\","
        + "\"build_number\":1,\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A1\"}}");
    connections.add(socket);
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket socket, Exception e) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
