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
  private final int maxQueryLength;
  private final java.util.concurrent.atomic.AtomicReference<Optional<SearchFailure>> lastSearchFailure =
      new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());

  /** The longest {@code conversation_id} taken, in characters; conversations are kept in memory by it. */
  public static final int MAX_CONVERSATION_ID = 128;
  /** The longest search query taken by default, in characters (the default answer.max-question-length). */
  public static final int DEFAULT_MAX_QUERY_LENGTH = 500;

  public ApiRoutes(AnsweringService answering, NewsSearch search, NewsIndex index, NewsdeskMetrics metrics,
      Optional<String> token) {
    this(answering, search, index, metrics, token, DEFAULT_MAX_QUERY_LENGTH);
  }

  /** The API; {@code maxQueryLength} bounds {@code q} of {@code /api/search} in characters (longer: 400). */
  public ApiRoutes(AnsweringService answering, NewsSearch search, NewsIndex index, NewsdeskMetrics metrics,
      Optional<String> token, int maxQueryLength) {
    if (maxQueryLength < 1) {
      throw new IllegalArgumentException("maxQueryLength must be at least 1");
    }
    this.maxQueryLength = maxQueryLength;
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
        searchFailed(e);
        return error(503, "the news index could not be searched: " + e.getMessage());
      } catch (RuntimeException | InternalError e) {
        // a damaged index shows as Lucene reading past a cut file (IndexOutOfBounds) or, memory-mapped,
        // as the JVM's InternalError for a fault in an unsafe access: the index, not the request, is at fault
        log.error("API request {} failed", request.path(), e);
        searchFailed(e);
        return error(503, "the news index could not be searched: " + describe(e));
      }
    };
  }

  private void searchFailed(Throwable e) {
    lastSearchFailure.set(Optional.of(new SearchFailure(java.time.Instant.now(), describe(e))));
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** When a search last failed, and why. */
  private record SearchFailure(java.time.Instant at, String reason) {}

  private boolean authorised(InboundRequest request) {
    byte[] given = request.header("Authorization").orElse("").getBytes(StandardCharsets.UTF_8);
    byte[] wanted = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, wanted);
  }

  private InboundResponse ask(InboundRequest request) {
    JsonNode body = body(request);
    String question = text(body, "question").orElseThrow(() -> new BadRequest("\"question\" is required"));
    Question asked = new Question(question, text(body, "conversation_id").map(ApiRoutes::conversation),
        text(body, "as_of").map(d -> ApiDates.endOf("as_of", d)), outlets(body.path("outlets")));
    Answer answer = answering.answer(asked, AnswerListener.NONE);
    return json(200, AnswerJson.of(answer));
  }

  private InboundResponse search(InboundRequest request) {
    String q = first(request, "q").filter(s -> !s.isBlank())
        .orElseThrow(() -> new BadRequest("the query parameter q is required"));
    if (q.length() > maxQueryLength) {
      // refused before any analysis: a long run of punctuation costs seconds of tokenising and embedding
      throw new BadRequest("q is " + q.length() + " characters long; the limit is " + maxQueryLength);
    }
    int k = first(request, "k").map(ApiRoutes::positiveInt).orElse(10);
    SearchRequest search = SearchRequest.of(q, Math.min(k, 100))
        .withAsOf(first(request, "as_of").map(d -> ApiDates.endOf("as_of", d)))
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
      p.authors().forEach(r.putArray("authors")::add);
      p.publishedDate().ifPresentOrElse(d -> r.put("published", d.toString()), () -> r.putNull("published"));
      p.url().ifPresentOrElse(u -> r.put("url", u), () -> r.putNull("url"));
    }
    return json(200, root);
  }

  /**
   * 200 when a real search works (the retriever, one passage); 503 "searches fail" with the reason
   * when it does not, or when a question's search failed in the last minute and none has worked
   * since; 503 "index unreadable" when not even the article count can be read; 200 "degraded" with
   * {@code write_error} while writing fails (a full disk) but searches work.
   */
  private InboundResponse health() {
    long articles;
    try {
      articles = index.articleCount();
    } catch (RetrievalException e) {
      return json(503, JSON.createObjectNode().put("status", "index unreadable").put("error", e.getMessage()));
    } catch (RuntimeException | InternalError e) {
      return json(503, JSON.createObjectNode().put("status", "index unreadable").put("error", describe(e)));
    }
    if (articles == 0) {
      return json(200, JSON.createObjectNode().put("status", "ok").put("articles", 0)
          .put("note", "the index at " + index.location() + " is empty: add news with newsdesk ingest PATH|URL..."));
    }
    try {
      search.search(SearchRequest.of("news", 1));
    } catch (RuntimeException | InternalError e) {
      searchFailed(e);
      return json(503, JSON.createObjectNode().put("status", "searches fail").put("error", describe(e)));
    }
    Optional<SearchFailure> failure = lastSearchFailure.get()
        .filter(f -> f.at().isAfter(java.time.Instant.now().minusSeconds(60)));
    if (failure.isPresent()) {
      return json(503, JSON.createObjectNode().put("status", "searches fail").put("error", failure.get().reason()));
    }
    Optional<String> writeFailure = index.writeFailure();
    if (writeFailure.isPresent()) {
      // questions are still answered from what was committed, so the service stays in rotation
      return json(200, JSON.createObjectNode().put("status", "degraded").put("articles", articles)
          .put("write_error", writeFailure.get()));
    }
    return json(200, JSON.createObjectNode().put("status", "ok").put("articles", articles));
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

  private static String conversation(String id) {
    if (id.length() > MAX_CONVERSATION_ID) {
      throw new BadRequest("conversation_id is " + id.length() + " characters long; the limit is " + MAX_CONVERSATION_ID);
    }
    return "api:" + id;
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
