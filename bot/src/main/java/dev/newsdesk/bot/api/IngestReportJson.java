package dev.newsdesk.bot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.article.Problem;
import dev.newsdesk.retrieval.ingest.IngestReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An ingest report as JSON, the same for {@code ingest --json} and {@code POST /api/ingest}, and back. */
public final class IngestReportJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IngestReportJson() {}

  public static ObjectNode of(IngestReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("added", report.added());
    root.put("updated", report.updated());
    root.put("unchanged", report.unchanged());
    root.put("passages", report.passages());
    root.put("seconds", report.elapsed().toMillis() / 1000.0);
    problems(root.putArray("skipped"), report.skipped());
    problems(root.putArray("failed"), report.failed());
    problems(root.putArray("warnings"), report.warnings());
    return root;
  }

  /** The report a JSON object of {@link #of} describes. */
  public static IngestReport read(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    root.path("skipped").forEach(p -> problems.add(Problem.skipped(p.path("location").asText(), p.path("reason").asText())));
    root.path("failed").forEach(p -> problems.add(Problem.failed(p.path("location").asText(), p.path("reason").asText())));
    root.path("warnings").forEach(p -> problems.add(Problem.warning(p.path("location").asText(), p.path("reason").asText())));
    return new IngestReport(root.path("added").asInt(), root.path("updated").asInt(), root.path("unchanged").asInt(),
        root.path("passages").asLong(), problems, Duration.ofMillis((long) (root.path("seconds").asDouble() * 1000)));
  }

  private static void problems(ArrayNode array, List<Problem> problems) {
    problems.forEach(p -> array.addObject().put("location", p.location()).put("reason", p.reason()));
  }
}
