package dev.newsdesk.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions a benchmark asks, from JSON Lines with a {@code question} field: in file order, with
 * their gold article ids ({@code gold_ids}, empty when absent) and when they were asked (the end of the
 * day {@code date} names, empty when absent). Lines without a question are skipped.
 */
record BenchQuestions(List<String> texts, List<Set<String>> gold, List<Optional<Instant>> asked) {

  static BenchQuestions read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    List<Set<String>> gold = new ArrayList<>();
    List<Optional<Instant>> asked = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + " line " + number + " is not JSON", e);
      }
      if (node.hasNonNull("question")) {
        texts.add(node.get("question").asText());
        Set<String> ids = new LinkedHashSet<>();
        node.path("gold_ids").forEach(id -> ids.add(id.asText()));
        gold.add(ids);
        asked.add(endOfDay(node.path("date").asText("")));
      }
    }
    return new BenchQuestions(List.copyOf(texts), List.copyOf(gold), List.copyOf(asked));
  }

  private static Optional<Instant> endOfDay(String date) {
    try {
      return Optional.of(LocalDate.parse(date).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
