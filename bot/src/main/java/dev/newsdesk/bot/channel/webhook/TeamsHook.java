package dev.newsdesk.bot.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.http.InboundRequest;
import dev.newsdesk.bot.http.InboundResponse;
import dev.newsdesk.bot.http.RouteHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Microsoft Teams outgoing webhook at {@code POST /hooks/teams}: the request must carry Teams'
 * HMAC signature ({@link TeamsSignature}), else 401. The question is the message without the
 * webhook's {@code <at>name</at>} mention; the conversation id (which names the reply thread) is
 * the conversation key, so follow-ups in a thread are understood. Teams waits 5 seconds for the
 * reply and an outgoing webhook cannot post later, so an answer not ready within {@code replyWithin}
 * gets a short holding reply and is kept ({@link LateAnswers}) for when the question is asked again.
 */
public final class TeamsHook implements RouteHandler {

  public static final String PATH = "/hooks/teams";
  /** Room for an answer: Teams takes messages up to about 28 KB, so 8,000 UTF-16 units stay within it. */
  public static final int MAX_LENGTH = 8_000;
  /** How long an answer may take: a second under the 5 s Teams waits, for the network. */
  public static final Duration REPLY_WITHIN = Duration.ofSeconds(4);

  static final String HOLDING = "I need a little longer for this one than Teams lets me take. "
      + "Ask me the same question again in a minute and the answer will be ready.";

  private static final Logger log = LoggerFactory.getLogger(TeamsHook.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MENTION = Pattern.compile("(?is)<at\\b[^>]*>.*?</at>");

  private final TeamsSignature signature;
  private final HookResponder responder;
  private final ExecutorService workers;
  private final Duration replyWithin;
  private final LateAnswers late = new LateAnswers(500);

  TeamsHook(TeamsSignature signature, HookResponder responder, ExecutorService workers, Duration replyWithin) {
    this.signature = signature;
    this.responder = responder;
    this.workers = workers;
    this.replyWithin = replyWithin;
  }

  @Override
  public InboundResponse handle(InboundRequest request) {
    if (!signature.verifies(request.header("Authorization"), request.body())) {
      return InboundResponse.json(401, "{\"type\":\"message\",\"text\":\"The request is not signed by this webhook.\"}");
    }
    JsonNode activity;
    try {
      activity = JSON.readTree(request.body());
    } catch (IOException e) {
      activity = null;
    }
    if (activity == null || !activity.isObject()) {
      return InboundResponse.json(400, message("Expected a Teams message activity (JSON)."));
    }
    String user = text(activity.path("from"), "aadObjectId").isBlank()
        ? text(activity.path("from"), "id") : text(activity.path("from"), "aadObjectId");
    String conversation = "teams:" + (text(activity.path("conversation"), "id").isBlank()
        ? user : text(activity.path("conversation"), "id"));
    String question = question(text(activity, "text"));
    return InboundResponse.json(200, message(reply(user, conversation, question)));
  }

  /** The question without the webhook's mention, as plain text: tags dropped, entities decoded, spaces collapsed. */
  static String question(String text) {
    return Jsoup.parseBodyFragment(MENTION.matcher(text).replaceAll(" ")).text().strip();
  }

  private String reply(String user, String conversation, String question) {
    Future<String> answer;
    try {
      answer = late.take(conversation, question)
          .orElseGet(() -> workers.submit(() -> responder.reply(user, conversation, question)));
    } catch (RejectedExecutionException e) {
      return "I'm answering many questions right now; please ask again in a minute.";
    }
    try {
      return answer.get(replyWithin.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      late.keep(conversation, question, answer);
      return HOLDING;
    } catch (ExecutionException e) {
      log.error("could not answer a Teams question in {}", conversation, e.getCause());
      return "Sorry, I could not answer that just now: something went wrong on my side. Please try again later.";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return HOLDING;
    }
  }

  private static String message(String text) {
    ObjectNode reply = JSON.createObjectNode();
    reply.put("type", "message");
    reply.put("text", text);
    return reply.toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText("") : "";
  }
}
