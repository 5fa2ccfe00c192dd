package dev.newsdesk.baselines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's data folder: meta.json, passages.jsonl, vectors.f32 and queries.jsonl. Every check
 * names the file and the line (or vector row) at fault.
 */
final class DataFolder {

  /** The only embedding model whose vectors this probe can compare with its own query embeddings. */
  static final String MODEL = "bge-small-en-v1.5-q";

  static final int MODEL_DIMENSION = 384;

  record Meta(int count, int dimension, String model) {}

  interface PassageHandler {
    void handle(Passage passage) throws InputException, IOException;
  }

  private final Path folder;
  private final Meta meta;

  private DataFolder(Path folder, Meta meta) {
    this.folder = folder;
    this.meta = meta;
  }

  /** Opens the folder and reads meta.json. */
  static DataFolder open(Path folder) throws InputException, IOException {
    if (!Files.isDirectory(folder)) {
      throw new InputException(folder + ": --data folder not found");
    }
    Path metaFile = folder.resolve("meta.json");
    ObjectNode json = JsonLines.readObject(metaFile);
    int count = positiveInt(metaFile, json, "count");
    int dimension = positiveInt(metaFile, json, "dimension");
    JsonNode model = json.get("model");
    if (model == null || !model.isTextual()) {
      throw new InputException(metaFile + ": \"model\" must be a string");
    }
    if (!MODEL.equals(model.textValue())) {
      throw new InputException(
          metaFile + ": \"model\" is \"" + model.textValue() + "\", but this probe embeds questions with "
              + MODEL + ", so its vectors must come from that model");
    }
    if (dimension != MODEL_DIMENSION) {
      throw new InputException(
          metaFile + ": \"dimension\" is " + dimension + ", but " + MODEL + " vectors have "
              + MODEL_DIMENSION);
    }
    return new DataFolder(folder, new Meta(count, dimension, model.textValue()));
  }

  Meta meta() {
    return meta;
  }

  Path passagesFile() {
    return folder.resolve("passages.jsonl");
  }

  Path vectorsFile() {
    return folder.resolve("vectors.f32");
  }

  Path queriesFile() {
    return folder.resolve("queries.jsonl");
  }

  /** Maps vectors.f32 after checking its size against meta.json. */
  VectorFile openVectors() throws InputException, IOException {
    return VectorFile.open(vectorsFile(), meta.count(), meta.dimension());
  }

  /**
   * Reads every passage once before anything is indexed: valid JSON, a non-empty string id (unique),
   * a non-blank text (the library skips a document with no text when it retrieves), and exactly
   * meta.json's count of lines.
   */
  void validatePassages() throws InputException, IOException {
    Path file = passagesFile();
    Set<String> ids = new HashSet<>(Math.max(16, meta.count() * 4 / 3 + 1));
    int[] lines = {0};
    forEachPassage(
        passage -> {
          if (!ids.add(passage.id())) {
            throw new InputException(
                JsonLines.at(file, passage.index() + 1) + "duplicate id \"" + passage.id() + "\"");
          }
          lines[0]++;
        });
    if (lines[0] != meta.count()) {
      throw new InputException(
          file + ": " + lines[0] + " lines, but meta.json count is " + meta.count());
    }
  }

  /** Streams passages.jsonl; stops with an error on a line past meta.json's count. */
  void forEachPassage(PassageHandler handler) throws InputException, IOException {
    Path file = passagesFile();
    JsonLines.forEach(
        file,
        (lineNumber, object) -> {
          if (lineNumber > meta.count()) {
            throw new InputException(
                JsonLines.at(file, lineNumber) + "more passages than meta.json count " + meta.count());
          }
          String id = JsonLines.text(file, lineNumber, object, "id", false);
          String text = JsonLines.text(file, lineNumber, object, "text", false);
          handler.handle(new Passage(lineNumber - 1, id, text));
        });
  }

  /** Reads all of queries.jsonl: id, text and a vector of meta.json's dimension. */
  List<QueryItem> readQueries() throws InputException, IOException {
    Path file = queriesFile();
    List<QueryItem> queries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    JsonLines.forEach(
        file,
        (lineNumber, object) -> {
          String id = JsonLines.text(file, lineNumber, object, "id", false);
          Integer earlier = seen.putIfAbsent(id, lineNumber);
          if (earlier != null) {
            throw new InputException(
                JsonLines.at(file, lineNumber) + "duplicate id \"" + id + "\" (first on line " + earlier + ")");
          }
          String text = JsonLines.text(file, lineNumber, object, "text", false);
          queries.add(new QueryItem(id, text, vector(file, lineNumber, object)));
        });
    if (queries.isEmpty()) {
      throw new InputException(file + ": no queries");
    }
    return queries;
  }

  private float[] vector(Path file, int lineNumber, ObjectNode object) throws InputException {
    JsonNode node = object.get("vector");
    if (node == null || node.isNull()) {
      throw new InputException(JsonLines.at(file, lineNumber) + "missing \"vector\"");
    }
    if (!node.isArray()) {
      throw new InputException(
          JsonLines.at(file, lineNumber) + "\"vector\" must be an array of numbers, found "
              + JsonLines.describe(node));
    }
    if (node.size() != meta.dimension()) {
      throw new InputException(
          JsonLines.at(file, lineNumber) + "\"vector\" has " + node.size() + " numbers, expected "
              + meta.dimension() + " (meta.json dimension)");
    }
    float[] vector = new float[node.size()];
    for (int i = 0; i < vector.length; i++) {
      JsonNode value = node.get(i);
      if (!value.isNumber()) {
        throw new InputException(
            JsonLines.at(file, lineNumber) + "\"vector\"[" + i + "] is not a number: " + value);
      }
      vector[i] = value.floatValue();
      if (!Float.isFinite(vector[i])) {
        throw new InputException(
            JsonLines.at(file, lineNumber) + "\"vector\"[" + i + "] is not a finite float: " + value);
      }
    }
    return vector;
  }

  private static int positiveInt(Path file, ObjectNode json, String field) throws InputException {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      throw new InputException(file + ": missing \"" + field + "\"");
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
      throw new InputException(file + ": \"" + field + "\" must be a whole number ≥ 1, found " + node);
    }
    return node.intValue();
  }
}
