package dev.newsdesk.retrieval.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads articles from JSON: one object, an array of objects, an object holding them under {@code
 * articles}, {@code items}, {@code data} or {@code results}, or JSON Lines (one object a line).
 *
 * <p>How each object becomes an article is {@link JsonRecord}'s job. In JSON Lines every line
 * stands alone: a malformed line is reported as {@code file.jsonl:17} and the lines around it are
 * still read. A {@code .json} file that is really JSON Lines is read as such.
 */
public final class JsonReader implements ArticleReader {

  private static final List<String> ARRAY_FIELDS = List.of("articles", "items", "data", "results");

  private final boolean jsonLines;
  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private JsonReader(boolean jsonLines) {
    this.jsonLines = jsonLines;
  }

  /** A reader for one JSON document. */
  public static JsonReader forJson() {
    return new JsonReader(false);
  }

  /** A reader for JSON Lines: one JSON object on each line. */
  public static JsonReader forJsonLines() {
    return new JsonReader(true);
  }

  @Override
  public ReadResult read(SourceDocument document) {
    return jsonLines || Format.looksLikeJsonLines(document.text())
        ? readLines(document)
        : readDocument(document);
  }

  private ReadResult readDocument(SourceDocument document) {
    String location = document.location();
    JsonNode root;
    try {
      root = mapper.readTree(withoutByteOrderMark(document.text()));
    } catch (JsonProcessingException e) {
      return ReadResult.problem(Problem.failed(location, describe(e, true)));
    }
    if (root == null || root.isMissingNode()) {
      return ReadResult.problem(Problem.skipped(location, "empty JSON document"));
    }
    Optional<JsonNode> items = root.isArray() ? Optional.of(root) : arrayField(root);
    if (items.isEmpty()) {
      return readRecord(root, location);
    }
    List<ReadResult> results = new ArrayList<>();
    for (JsonNode item : items.get()) {
      results.add(readRecord(item, location + " item " + (results.size() + 1)));
    }
    return concat(results);
  }

  private ReadResult readLines(SourceDocument document) {
    List<ReadResult> results = new ArrayList<>();
    String[] lines = withoutByteOrderMark(document.text()).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String location = document.location() + ":" + (i + 1);
      try {
        results.add(readRecord(mapper.readTree(line), location));
      } catch (JsonProcessingException e) {
        results.add(ReadResult.problem(Problem.failed(location, describe(e, false))));
      }
    }
    return concat(results);
  }

  private static ReadResult readRecord(JsonNode node, String location) {
    if (!node.isObject()) {
      String found = node.getNodeType().name().toLowerCase(Locale.ROOT);
      return ReadResult.problem(
          Problem.failed(location, "expected a JSON object, found " + found));
    }
    return new JsonRecord(node).read(location);
  }

  /** All these results as one, in order. */
  static ReadResult concat(List<ReadResult> results) {
    return ReadResult.concat(results);
  }

  private static Optional<JsonNode> arrayField(JsonNode object) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isArray()
          && ARRAY_FIELDS.contains(field.getKey().toLowerCase(Locale.ROOT))) {
        return Optional.of(field.getValue());
      }
    }
    return Optional.empty();
  }

  /** Jackson's complaint said plainly, with where it happened. */
  static String describe(JsonProcessingException e, boolean withLine) {
    JsonLocation where = e.getLocation();
    String at = "";
    if (where != null && where.getLineNr() > 0) {
      at = withLine
          ? " at line " + where.getLineNr() + ", column " + where.getColumnNr()
          : " at column " + where.getColumnNr();
    }
    if (e instanceof JsonEOFException) {
      return "truncated JSON: unexpected end of input" + at;
    }
    String message = Optional.ofNullable(e.getOriginalMessage()).orElse("unreadable JSON");
    String firstLine = message.lines().findFirst().orElse(message)
        .replaceAll(" \\(code \\d+\\)", "")
        .replaceAll("\\s*\\(for Object starting at \\[.*", "")
        .strip();
    return "malformed JSON: " + lowerFirst(firstLine) + at;
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
