package dev.newsdesk.retrieval.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a question set in the RealTime QA shape, one JSON object per line: {@code id}, {@code date}
 * (yyyy-mm-dd), {@code question}, {@code choices}, {@code answer} (0-based), {@code gold_ids}.
 */
public final class EvalQuestions {

  private EvalQuestions() {}

  public static List<EvalQuestion> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new RetrievalException("cannot read the questions " + file + ": " + e.getMessage(), e);
    }
    ObjectMapper json = new ObjectMapper();
    List<EvalQuestion> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(json, lines.get(i), file + ":" + (i + 1)));
      }
    }
    return out;
  }

  private static EvalQuestion parse(ObjectMapper json, String line, String where) {
    try {
      JsonNode node = json.readTree(line);
      List<String> choices = new ArrayList<>();
      node.path("choices").forEach(c -> choices.add(c.asText()));
      List<String> gold = new ArrayList<>();
      node.path("gold_ids").forEach(g -> gold.add(g.asText()));
      if (!node.hasNonNull("question") || !node.hasNonNull("date")) {
        throw new RetrievalException(where + ": a question needs \"question\" and \"date\"");
      }
      return new EvalQuestion(
          node.path("id").asText(where),
          new EvalQuestion.Asked(LocalDate.parse(node.get("date").asText()), node.get("question").asText(), choices),
          node.path("answer").asInt(-1),
          gold);
    } catch (IOException | DateTimeParseException e) {
      throw new RetrievalException(where + ": " + e.getMessage(), e);
    }
  }
}
