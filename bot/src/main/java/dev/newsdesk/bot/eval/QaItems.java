package dev.newsdesk.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.retrieval.RetrievalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an answer-quality set: JSON Lines, one {@link QaItem} per line, as in {@code
 * sample-news/sample-qa.jsonl}: {@code id}, {@code kind}, {@code turns} (list), optional {@code
 * as_of} (ISO-8601 instant), {@code must} (list of lists of phrases), {@code url}, {@code abstain}.
 * Blank lines are skipped; a malformed line throws {@link IllegalArgumentException} naming it.
 */
public final class QaItems {

  /** The set bundled with the sample news. */
  public static final String BUNDLED = "/sample-news/sample-qa.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private QaItems() {}

  /** The items of a file. */
  public static List<QaItem> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new RetrievalException("cannot read the question set " + file + ": " + e.getMessage(), e);
    }
  }

  /** The items of the set bundled with the sample news. */
  public static List<QaItem> bundled() {
    try (InputStream in = QaItems.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new RetrievalException("the question set " + BUNDLED + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
    } catch (IOException e) {
      throw new RetrievalException("cannot read the bundled question set", e);
    }
  }

  static List<QaItem> parse(String text, String name) {
    List<QaItem> items = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        items.add(item(JSON.readTree(lines[i])));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(items);
  }

  private static QaItem item(JsonNode n) {
    List<String> turns = new ArrayList<>();
    n.path("turns").forEach(t -> turns.add(t.asText()));
    List<List<String>> must = new ArrayList<>();
    n.path("must").forEach(group -> {
      List<String> phrases = new ArrayList<>();
      group.forEach(p -> phrases.add(p.asText()));
      must.add(phrases);
    });
    Optional<Instant> asOf;
    try {
      asOf = n.hasNonNull("as_of") ? Optional.of(Instant.parse(n.get("as_of").asText())) : Optional.empty();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("as_of is not an ISO-8601 instant: " + n.get("as_of").asText(), e);
    }
    return new QaItem(n.path("id").asText(), n.path("kind").asText(), turns, asOf, must,
        n.hasNonNull("url") ? Optional.of(n.get("url").asText()) : Optional.empty(), n.path("abstain").asBoolean(false));
  }
}
