package dev.newsdesk.bot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.feedback.Feedback;
import dev.newsdesk.bot.feedback.FeedbackStore;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.Route;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/feedback}: a vote on an answer the API gave. In: {@code {"vote": "up"|"down",
 * "question": "…", "answer": "…", "sources": [{"n":1,"title":…,"url":…}], "conversation_id": "…"}}
 * (question and answer required, at most {@value #MAX_TEXT} characters each); out: {@code
 * {"stored": true}}. With {@code api.token} set it wants {@code Authorization: Bearer <token>}, as
 * the other {@code /api} routes.
 */
public final class FeedbackRoute {

  /** The longest question or answer stored, in characters. */
  static final int MAX_TEXT = 20_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FeedbackStore store;
  private final Optional<String> token;
  private final Clock clock;

  public FeedbackRoute(FeedbackStore store, Optional<String> token, Clock clock) {
    this.store = store;
    this.token = token;
    this.clock = clock;
  }

  public List<Route> routes() {
    return List.of(Route.post("/api/feedback", this::feedback));
  }

  private InboundResponse feedback(InboundRequest request) {
    if (token.isPresent()) {
      byte[] given = request.header("Authorization").orElse("").getBytes(StandardCharsets.UTF_8);
      if (!MessageDigest.isEqual(given, ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8))) {
        return error(401, "missing or wrong bearer token");
      }
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.bodyText());
    } catch (JsonProcessingException e) {
      return error(400, "the body is not valid JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject()) {
      return error(400, "the body must be a JSON object");
    }
    String vote = body.path("vote").asText("");
    if (!vote.equals("up") && !vote.equals("down")) {
      return error(400, "vote must be \"up\" or \"down\"");
    }
    String question = body.path("question").asText("");
    String answer = body.path("answer").asText("");
    if (question.isBlank() || answer.isBlank() || question.length() > MAX_TEXT || answer.length() > MAX_TEXT) {
      return error(400, "question and answer are required, at most " + MAX_TEXT + " characters each");
    }
    JsonNode sources = body.path("sources");
    if (!sources.isMissingNode() && !sources.isArray()) {
      return error(400, "sources must be an array");
    }
    String conversation = body.path("conversation_id").asText("");
    if (conversation.length() > ApiRoutes.MAX_CONVERSATION_ID) {
      return error(400, "conversation_id is longer than " + ApiRoutes.MAX_CONVERSATION_ID + " characters");
    }
    store.record(new Feedback(Feedback.Vote.of(vote), "api", conversation, question, answer,
        sources.isArray() ? sources.toString() : "[]", clock.instant()));
    return new InboundResponse(200, InboundResponse.JSON, "{\"stored\":true}", Map.of());
  }

  private static InboundResponse error(int status, String message) {
    return new InboundResponse(status, InboundResponse.JSON, JSON.createObjectNode().put("error", message).toString(),
        Map.of());
  }
}
