package dev.newsdesk.bot.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Source;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One vote on an answer: up or down, where it was given ({@code telegram:<chat id>}, {@code
 * slack:<team>:<channel>}, {@code api}: the platform's opaque ids, never a name), the conversation,
 * the question, the answer's text and its sources as JSON ({@code [{"n":1,"title":…,"outlet":…,"url":…}]}).
 */
public record Feedback(Vote vote, String channel, String conversation, String question, String answer, String sources,
    Instant at) {

  /** 👍 or 👎. */
  public enum Vote {
    UP, DOWN;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The vote named {@code up} or {@code down} (any case). */
    public static Vote of(String key) {
      return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public Feedback {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(conversation, "conversation");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(at, "at");
  }

  /** A vote on an answer the bot gave, its sources written as JSON. */
  public static Feedback on(Vote vote, String channel, String conversation, String question, Answer answer, Instant at) {
    ArrayNode sources = JSON.createArrayNode();
    for (Source s : answer.sources()) {
      sources.addObject().put("n", s.n()).put("title", s.title()).put("outlet", s.outlet())
          .put("url", s.url().orElse("")).put("published", s.published().map(Object::toString).orElse(""));
    }
    return new Feedback(vote, channel, conversation, question, answer.text(), sources.toString(), at);
  }
}
