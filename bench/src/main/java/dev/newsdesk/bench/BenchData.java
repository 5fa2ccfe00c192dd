package dev.newsdesk.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The benchmark's corpus as plain files, so other programs (the baselines, each in its own JVM) search
 * exactly the passages and vectors Newsdesk indexed:
 *
 * <ul>
 *   <li>{@code meta.json}: {@code {"count": N, "dimension": D, "model": "..."}}
 *   <li>{@code passages.jsonl}: N lines {@code {"id": "p0000123", "text": "..."}}, line i = passage i
 *   <li>{@code vectors.f32}: N × D little-endian float32, row i = the unit vector of passage i
 *   <li>{@code queries.jsonl}: {@code {"id": "q0", "text": "...", "vector": [D floats]}}
 * </ul>
 */
public final class BenchData {

  static final String META = "meta.json";
  static final String PASSAGES = "passages.jsonl";
  static final String VECTORS = "vectors.f32";
  static final String QUERIES = "queries.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchData() {}

  /** The id passage {@code number} has in the files (and in every baseline's results). */
  public static String passageId(int number) {
    return String.format(java.util.Locale.ROOT, "p%07d", number);
  }

  /** The passage number of an id made by {@link #passageId}. */
  public static int passageNumber(String id) {
    if (id == null || id.length() < 2 || id.charAt(0) != 'p') {
      throw new IllegalArgumentException("not a benchmark passage id: " + id);
    }
    return Integer.parseInt(id.substring(1));
  }

  /** The passages of the complete data set in {@code folder} (meta.json is written last); 0 when there is none. */
  public static int count(Path folder) {
    Path meta = folder.resolve(META);
    if (!Files.isRegularFile(meta)) {
      return 0;
    }
    try {
      return Math.max(0, JSON.readTree(meta.toFile()).path("count").asInt(0));
    } catch (IOException e) {
      return 0;
    }
  }

  /** Writes the queries with their vectors. */
  public static void writeQueries(Path folder, List<String> texts, List<float[]> vectors) {
    try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(QUERIES), StandardCharsets.UTF_8)) {
      for (int i = 0; i < texts.size(); i++) {
        ObjectNode line = JSON.createObjectNode().put("id", "q" + i).put("text", texts.get(i));
        float[] vector = vectors.get(i);
        var array = line.putArray("vector");
        for (float f : vector) {
          array.add(f);
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark queries in " + folder, e);
    }
  }

  /** The vectors file mapped read-only, in passage order (it may exceed the heap). */
  public static FloatBuffer mapVectors(Path folder) {
    Path file = folder.resolve(VECTORS);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())
          .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map " + file, e);
    }
  }

  /** The dimension meta.json records. */
  public static int dimension(Path folder) {
    try {
      JsonNode meta = JSON.readTree(folder.resolve(META).toFile());
      return meta.path("dimension").asInt();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder.resolve(META), e);
    }
  }

  /** A query of the data set: its id, text and vector. */
  public record Query(String id, String text, float[] vector) {}

  /** The queries, in order. */
  public static List<Query> readQueries(Path folder) {
    Path file = folder.resolve(QUERIES);
    List<Query> out = new java.util.ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        JsonNode node = parse(file, number, line);
        JsonNode vector = node.path("vector");
        float[] v = new float[vector.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = (float) vector.get(i).asDouble();
        }
        out.add(new Query(node.path("id").asText(), node.path("text").asText(), v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** Hands every passage (number, text) to {@code sink}, in order. */
  public static void forEachPassage(Path folder, java.util.function.ObjIntConsumer<String> sink) {
    Path file = folder.resolve(PASSAGES);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = parse(file, number + 1, line);
        if (passageNumber(node.path("id").asText()) != number) {
          throw new IllegalArgumentException(file + " line " + (number + 1) + ": expected id " + passageId(number));
        }
        sink.accept(node.path("text").asText(), number);
        number++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static JsonNode parse(Path file, int line, String text) {
    try {
      return JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " line " + line + " is not JSON: " + e.getOriginalMessage());
    }
  }

  /** Appends passages in order; {@link #close} writes meta.json, which marks the set complete. */
  public static final class Writer implements Closeable {

    private final Path folder;
    private final int dimension;
    private final String model;
    private final BufferedWriter passages;
    private final OutputStream vectors;
    private final ByteBuffer row;
    private final JsonGenerator lines;
    private int count;

    /** Starts a data set in {@code folder} (created; existing files are replaced). */
    public Writer(Path folder, int dimension, String model) {
      this.folder = folder;
      this.dimension = dimension;
      this.model = model;
      try {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(META));
        this.passages = Files.newBufferedWriter(folder.resolve(PASSAGES), StandardCharsets.UTF_8);
        this.vectors = new BufferedOutputStream(Files.newOutputStream(folder.resolve(VECTORS)), 1 << 16);
        this.lines = JSON.getFactory().createGenerator(passages);
        this.lines.setRootValueSeparator(null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the benchmark data in " + folder, e);
      }
      this.row = ByteBuffer.allocate(dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Adds the next passage; its id is {@link #passageId} of its position. */
    public void add(String text, float[] vector) {
      if (vector.length != dimension) {
        throw new IllegalArgumentException("a " + vector.length + "-dimensional vector in a " + dimension + "-dimensional set");
      }
      try {
        lines.writeStartObject();
        lines.writeStringField("id", passageId(count));
        lines.writeStringField("text", text);
        lines.writeEndObject();
        lines.flush();
        passages.write('\n');
        row.clear();
        row.asFloatBuffer().put(vector);
        vectors.write(row.array());
        count++;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the benchmark data in " + folder, e);
      }
    }

    @Override
    public void close() {
      try {
        lines.close();
        passages.close();
        vectors.close();
        ObjectNode meta = JSON.createObjectNode().put("count", count).put("dimension", dimension).put("model", model);
        Files.writeString(folder.resolve(META), JSON.writeValueAsString(meta));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot finish the benchmark data in " + folder, e);
      }
    }
  }
}
