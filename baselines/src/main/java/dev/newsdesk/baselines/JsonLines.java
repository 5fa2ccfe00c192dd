package dev.newsdesk.baselines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads JSON files and JSON-lines files strictly, naming the file and line of anything wrong. */
final class JsonLines {

  /** One mapper for input: a line must hold exactly one JSON value, nothing after it. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  interface LineHandler {
    void handle(int lineNumber, ObjectNode object) throws InputException, IOException;
  }

  private JsonLines() {}

  /** Calls the handler with each line of the file, parsed as a JSON object, numbered from 1. */
  static void forEach(Path file, LineHandler handler) throws InputException, IOException {
    requireFile(file);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      int lineNumber = 0;
      while (true) {
        String line;
        try {
          line = reader.readLine();
        } catch (CharacterCodingException e) {
          throw new InputException(at(file, lineNumber + 1) + "not valid UTF-8");
        }
        if (line == null) {
          return;
        }
        lineNumber++;
        handler.handle(lineNumber, parseObject(file, lineNumber, line));
      }
    }
  }

  /** Reads a whole file holding one JSON object. */
  static ObjectNode readObject(Path file) throws InputException, IOException {
    requireFile(file);
    JsonNode node;
    try {
      node = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new InputException(file + ": malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new InputException(file + ": empty file, expected a JSON object");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InputException(file + ": expected a JSON object, found " + describe(node));
    }
    return object;
  }

  static ObjectNode parseObject(Path file, int lineNumber, String line) throws InputException {
    if (line.isBlank()) {
      throw new InputException(at(file, lineNumber) + "empty line, expected a JSON object");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(at(file, lineNumber) + "malformed JSON: " + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InputException(at(file, lineNumber) + "expected a JSON object, found " + describe(node));
    }
    return object;
  }

  /** A required non-blank string field. */
  static String text(Path file, int lineNumber, ObjectNode object, String field, boolean blankAllowed)
      throws InputException {
    JsonNode node = object.get(field);
    if (node == null || node.isNull()) {
      throw new InputException(at(file, lineNumber) + "missing \"" + field + "\"");
    }
    if (!node.isTextual()) {
      throw new InputException(
          at(file, lineNumber) + "\"" + field + "\" must be a string, found " + describe(node));
    }
    String value = node.textValue();
    if (!blankAllowed && value.isBlank()) {
      throw new InputException(at(file, lineNumber) + "\"" + field + "\" is blank");
    }
    return value;
  }

  static String at(Path file, int lineNumber) {
    return file + " line " + lineNumber + ": ";
  }

  static String describe(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static void requireFile(Path file) throws InputException {
    if (!Files.exists(file)) {
      throw new InputException(file + ": file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(file + ": not readable");
    }
  }
}
