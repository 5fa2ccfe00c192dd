package dev.newsdesk.bot.channel.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.RouteHandler;
import java.util.List;

/**
 * Mattermost's slash command ({@code /news question}) and outgoing webhook (a trigger word) at
 * {@code POST /hooks/mattermost}: a slash command is answered in the channel, a webhook's trigger
 * as a comment in its thread, in Mattermost's Markdown within its 16,383-character post limit.
 */
public final class MattermostHook implements RouteHandler {

  public static final String PATH = "/hooks/mattermost";
  /** Mattermost's default maximum post size, in characters. */
  public static final int MAX_LENGTH = 16_383;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HookToken token;
  private final HookResponder responder;

  MattermostHook(HookToken token, HookResponder responder) {
    this.token = token;
    this.responder = responder;
  }

  @Override
  public InboundResponse handle(InboundRequest request) {
    HookPayload payload = HookPayload.of(request);
    if (!token.matches(payload)) {
      return InboundResponse.json(401, "{\"text\":\"Unknown token.\"}");
    }
    boolean command = payload.optional("command").isPresent();
    String question = command
        ? payload.get("text").strip()
        : payload.question(List.of(payload.get("trigger_word")));
    String key = "mattermost:" + payload.get("team_id") + ":" + payload.get("channel_id") + ":" + payload.get("user_id");
    String text = responder.reply(payload.get("user_id"), key, question);
    ObjectNode reply = JSON.createObjectNode();
    // a slash command's reply is seen by the whole channel; a webhook's is a comment on the triggering post
    reply.put("response_type", command ? "in_channel" : "comment");
    reply.put("text", text);
    reply.put("username", "Newsdesk");
    return InboundResponse.json(200, reply.toString());
  }
}
