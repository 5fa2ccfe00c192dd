package dev.newsdesk.bot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of an answer shared by {@code ask --json} and the HTTP API:
 * {@code {"answer", "abstained", "provenance", "notice"?, "dates"?: {"from", "to", "expression",
 * "widened"}, "sources": [{"n", "title", "outlet", "published", "url", "article_id", "authors"}]}}; {@code
 * provenance} is one of {@code model}, {@code extractive}, {@code extractive_fallback}, {@code
 * model_uncited}; {@code dates} (ISO-8601 instants, {@code to} exclusive) is there when the question
 * named dates.
 */
public final class AnswerJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerJson() {}

  public static ObjectNode of(Answer answer) {
    ObjectNode root = JSON.createObjectNode();
    root.put("answer", answer.text());
    root.put("abstained", answer.abstained());
    root.put("provenance", answer.provenance().name().toLowerCase(java.util.Locale.ROOT));
    answer.notice().ifPresent(notice -> root.put("notice", notice));
    answer.dates().ifPresent(dates -> root.putObject("dates")
        .put("from", dates.from().toString())
        .put("to", dates.to().toString())
        .put("expression", dates.expression())
        .put("widened", dates.widened()));
    ArrayNode sources = root.putArray("sources");
    for (Source source : answer.sources()) {
      ObjectNode s = sources.addObject();
      s.put("n", source.n());
      s.put("title", source.title());
      s.put("outlet", source.outlet());
      source.published().ifPresentOrElse(d -> s.put("published", d.toString()), () -> s.putNull("published"));
      source.url().ifPresentOrElse(u -> s.put("url", u), () -> s.putNull("url"));
      s.put("article_id", source.articleId());
      source.authors().forEach(s.putArray("authors")::add);
    }
    return root;
  }

  public static String write(Answer answer) {
    try {
      return JSON.writeValueAsString(of(answer));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("an answer always serialises", e);
    }
  }
}
