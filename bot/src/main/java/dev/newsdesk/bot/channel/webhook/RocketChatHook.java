package dev.newsdesk.bot.channel.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.RouteHandler;
import java.util.List;
import java.util.Optional;

/**
 * Rocket.Chat's outgoing webhook at {@code POST /hooks/rocketchat}: the answer is sent back as the
 * reply message, in the thread of the question ({@code tmid}), within Rocket.Chat's default
 * 5,000-character message limit; messages from bots (including this one) are not answered.
 */
public final class RocketChatHook implements RouteHandler {

  public static final String PATH = "/hooks/rocketchat";
  /** Rocket.Chat's default Message_MaxAllowedSize. */
  public static final int MAX_LENGTH = 5_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HookToken token;
  private final HookResponder responder;

  RocketChatHook(HookToken token, HookResponder responder) {
    this.token = token;
    this.responder = responder;
  }

  @Override
  public InboundResponse handle(InboundRequest request) {
    HookPayload payload = HookPayload.of(request);
    if (!token.matches(payload)) {
      return InboundResponse.json(401, "{\"text\":\"Unknown token.\"}");
    }
    if (fromBot(payload)) {
      return InboundResponse.json(200, "{}");
    }
    // the question's thread, or a new thread under the question itself
    Optional<String> thread = payload.optional("tmid").or(() -> payload.optional("message_id"));
    String question = payload.question(List.of(payload.get("trigger_word")));
    String key = "rocketchat:" + payload.get("channel_id") + ":" + thread.orElse(payload.get("user_id"));
    ObjectNode reply = JSON.createObjectNode();
    reply.put("text", responder.reply(payload.get("user_id"), key, question));
    thread.ifPresent(id -> reply.put("tmid", id));
    return InboundResponse.json(200, reply.toString());
  }

  private static boolean fromBot(HookPayload payload) {
    String bot = payload.get("bot");
    return !bot.isBlank() && !bot.equals("false");
  }
}
