package dev.newsdesk.bot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.retrieval.ingest.IngestListener;
import dev.newsdesk.retrieval.ingest.IngestReport;
import dev.newsdesk.retrieval.ingest.Ingester;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/ingest}: adds news to the running service's index, so that {@code newsdesk
 * ingest} works while {@code serve} holds the index. In: {@code {"inputs": ["path or URL", ...]}}
 * (paths on the server's machine); out: the ingest report as {@link IngestReportJson}. It exists
 * only with {@code api.token} set and always wants {@code Authorization: Bearer <token>}: it reads
 * files the service can read.
 */
public final class IngestRoute {

  /** The most inputs one request may name. */
  static final int MAX_INPUTS = 1_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Ingester ingester;
  private final Optional<String> token;

  public IngestRoute(Ingester ingester, Optional<String> token) {
    this.ingester = ingester;
    this.token = token;
  }

  /** The route, or none without a token. */
  public List<Route> routes() {
    return token.isPresent() ? List.of(Route.post("/api/ingest", this::ingest)) : List.of();
  }

  private InboundResponse ingest(InboundRequest request) {
    byte[] given = request.header("Authorization").orElse("").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, ("Bearer " + token.orElseThrow()).getBytes(StandardCharsets.UTF_8))) {
      return error(401, "missing or wrong bearer token");
    }
    List<String> inputs = new ArrayList<>();
    try {
      JsonNode body = JSON.readTree(request.bodyText());
      JsonNode list = body == null ? null : body.get("inputs");
      if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_INPUTS) {
        return error(400, "the body must be {\"inputs\": [\"path or URL\", ...]} with 1 to " + MAX_INPUTS + " inputs");
      }
      for (JsonNode input : list) {
        if (!input.isTextual() || input.asText().isBlank()) {
          return error(400, "every input must be a path or URL");
        }
        inputs.add(input.asText());
      }
    } catch (JsonProcessingException e) {
      return error(400, "the body is not valid JSON: " + e.getOriginalMessage());
    }
    IngestReport report = ingester.ingest(inputs, IngestListener.QUIET);
    return new InboundResponse(200, InboundResponse.JSON, IngestReportJson.of(report).toString(), Map.of());
  }

  private static InboundResponse error(int status, String message) {
    return new InboundResponse(status, InboundResponse.JSON, JSON.createObjectNode().put("error", message).toString(),
        Map.of());
  }
}
