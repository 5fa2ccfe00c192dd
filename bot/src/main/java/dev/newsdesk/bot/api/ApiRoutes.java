package dev.newsdesk.bot.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerJson;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.Route;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.bot.answer.NewsSearch;
import dev.newsdesk.retrieval.search.DateWidening;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API on the one server: {@code POST /api/ask}, {@code GET /api/search}, {@code GET
 * /healthz} and {@code GET /metrics}. With a token configured, {@code /api/*} wants
 * {@code Authorization: Bearer <token>}. Bad input gets a 400 that says what is wrong.
 */
public final class ApiRoutes {

  private static final Logger log = LoggerFactory.getLogger(ApiRoutes.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final AnsweringService answering;
  private final NewsSearch search;
  private final NewsIndex index;
  private final NewsdeskMetrics metrics;
  private final Optional<String> token;

  public ApiRoutes(AnsweringService answering, NewsSearch search, NewsIndex index, NewsdeskMetrics metrics,
      Optional<String> token) {
    this.answering = answering;
    this.search = search;
    this.index = index;
    this.metrics = metrics;
    this.token = token;
  }

  public List<Route> routes() {
    return List.of(
        Route.post("/api/ask", guarded(this::ask)),
        Route.get("/api/search", guarded(this::search)),
        Route.get("/healthz", request -> health()),
        Route.get("/metrics", request -> new InboundResponse(200, "text/plain; version=0.0.4; charset=utf-8",
            metrics.scrape(), Map.of())));
  }

  private dev.newsdesk.bot.http.RouteHandler guarded(Function<InboundRequest, InboundResponse> handler) {
    return request -> {
      if (token.isPresent() && !authorised(request)) {
        return error(401, "missing or wrong bearer token");
      }
      try {
        return handler.apply(request);
      } catch (BadRequest e) {
        return error(400, e.getMessage());
      } catch (RejectedQuestionException e) {
        return error(400, e.getMessage());
      } catch (RetrievalException e) {
        log.error("API request {} failed", request.path(), e);
        return error(503, "the news index could not be searched: " + e.getMessage());
      }
    };
  }

  private boolean authorised(InboundRequest request) {
    byte[] given = request.header("Authorization").orElse("").getBytes(StandardCharsets.UTF_8);
    byte[] wanted = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, wanted);
  }

  private InboundResponse ask(InboundRequest request) {
    JsonNode body = body(request);
    String question = text(body, "question").orElseThrow(() -> new BadRequest("\"question\" is required"));
    Question asked = new Question(question, text(body, "conversation_id").map(id -> "api:" + id),
        text(body, "as_of").map(ApiDates::endOf), outlets(body.path("outlets")));
    Answer answer = answering.answer(asked, AnswerListener.NONE);
    return json(200, AnswerJson.of(answer));
  }

  private InboundResponse search(InboundRequest request) {
    String q = first(request, "q").filter(s -> !s.isBlank())
        .orElseThrow(() -> new BadRequest("the query parameter q is required"));
    int k = first(request, "k").map(ApiRoutes::positiveInt).orElse(10);
    SearchRequest search = SearchRequest.of(q, Math.min(k, 100))
        .withAsOf(first(request, "as_of").map(ApiDates::endOf))
        .withOutlets(new LinkedHashSet<>(request.query().getOrDefault("outlet", List.of())));
    DateWidening.Retrieval found = this.search.search(search);
    ObjectNode root = JSON.createObjectNode();
    if (found.request().from().isPresent() || found.request().to().isPresent()) {
      ObjectNode dates = root.putObject("dates");
      found.request().from().ifPresent(from -> dates.put("from", from.toString()));
      found.request().to().ifPresent(to -> dates.put("to", to.toString()));
      dates.put("widened", found.widened());
    }
    ArrayNode results = root.putArray("results");
    for (RetrievedPassage p : found.passages()) {
      ObjectNode r = results.addObject().put("article_id", p.articleId()).put("title", p.title())
          .put("outlet", p.outlet()).put("score", p.score()).put("text", p.text());
      p.publishedDate().ifPresentOrElse(d -> r.put("published", d.toString()), () -> r.putNull("published"));
      p.url().ifPresentOrElse(u -> r.put("url", u), () -> r.putNull("url"));
    }
    return json(200, root);
  }

  private InboundResponse health() {
    try {
      long articles = index.articleCount();
      ObjectNode status = JSON.createObjectNode().put("status", "ok").put("articles", articles);
      if (articles == 0) {
        status.put("note", "the index at " + index.path() + " is empty: add news with newsdesk ingest PATH|URL...");
      }
      return json(200, status);
    } catch (RetrievalException e) {
      return json(503, JSON.createObjectNode().put("status", "index unreadable").put("error", e.getMessage()));
    }
  }

  private static JsonNode body(InboundRequest request) {
    try {
      JsonNode body = JSON.readTree(request.bodyText());
      if (body == null || !body.isObject()) {
        throw new BadRequest("the body must be a JSON object like {\"question\": \"...\"}");
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static Optional<String> text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new BadRequest("\"" + field + "\" must be a string");
    }
    return Optional.of(value.asText());
  }

  private static Set<String> outlets(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Set.of();
    }
    if (!node.isArray()) {
      throw new BadRequest("\"outlets\" must be a list of outlet names");
    }
    Set<String> outlets = new LinkedHashSet<>();
    node.forEach(o -> outlets.add(o.asText()));
    return outlets;
  }

  private static Optional<String> first(InboundRequest request, String name) {
    return Optional.ofNullable(request.query().get(name)).flatMap(v -> v.stream().findFirst());
  }

  private static int positiveInt(String text) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value < 1) {
        throw new BadRequest("k must be at least 1");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new BadRequest("k must be a whole number, was '" + text + "'");
    }
  }

  private static InboundResponse json(int status, JsonNode body) {
    try {
      return new InboundResponse(status, InboundResponse.JSON, JSON.writeValueAsString(body), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static InboundResponse error(int status, String message) {
    return json(status, JSON.createObjectNode().put("error", message));
  }

  /** A request the API cannot take; the message says what to send instead. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
