package dev.newsdesk.bot.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.answer.AnswerJson;

/**
 * The JSON shape of a timeline shared by {@code timeline --json} and {@code GET /api/timeline}: the
 * answer's shape ({@link AnswerJson}: {@code answer} is the whole timeline as text, {@code
 * abstained} true when nothing was found, {@code sources}) plus {@code topic}, {@code as_of} (an
 * ISO-8601 instant) and {@code developments}: {@code [{"n", "date" (yyyy-mm-dd or null), "sentence",
 * "outlets", "also_in": [outlet names]}]}, oldest first, development {@code n} citing source {@code n}.
 */
public final class TimelineJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TimelineJson() {}

  public static ObjectNode of(Timeline timeline) {
    ObjectNode root = AnswerJson.of(timeline.asAnswer());
    root.put("topic", timeline.topic());
    root.put("as_of", timeline.asOf().toString());
    ArrayNode developments = root.putArray("developments");
    for (Development d : timeline.developments()) {
      ObjectNode node = developments.addObject();
      node.put("n", d.source().n());
      d.date().ifPresentOrElse(date -> node.put("date", date.toString()), () -> node.putNull("date"));
      node.put("sentence", d.sentence());
      node.put("outlets", d.outlets());
      d.alsoIn().forEach(node.putArray("also_in")::add);
      if (d.alsoIn().isEmpty()) {
        node.putArray("also_in");
      }
    }
    return root;
  }

  public static String write(Timeline timeline) {
    try {
      return JSON.writeValueAsString(of(timeline));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a timeline always serialises", e);
    }
  }
}
