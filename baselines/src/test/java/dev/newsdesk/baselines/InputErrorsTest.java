package dev.newsdesk.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input stops the program with exit code 2 and a message naming the file and line, before any work. */
class InputErrorsTest {

  @TempDir Path temp;

  Path data;
  Path work;
  String stdout;
  String stderr;

  @BeforeEach
  void writeValidData() throws IOException {
    data = TestData.writeFake(temp.resolve("data"));
    work = temp.resolve("work");
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(data.resolve("queries.jsonl"));
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains("error: " + data.resolve("queries.jsonl") + ": file not found");
  }

  @Test
  void missingDataFolder() {
    data = temp.resolve("nowhere");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data + ": --data folder not found");
  }

  @Test
  void vectorFileOfTheWrongSize() throws IOException {
    try (FileChannel channel = FileChannel.open(data.resolve("vectors.f32"), StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - 4);
    }
    assertThat(run()).isEqualTo(2);
    assertThat(stderr)
        .contains(
            data.resolve("vectors.f32") + ": 46076 bytes, expected count × dimension × 4 = 30 × 384 × 4 = 46080 bytes");
  }

  @Test
  void nonFiniteVectorValue() throws IOException {
    try (FileChannel channel = FileChannel.open(data.resolve("vectors.f32"), StandardOpenOption.WRITE)) {
      ByteBuffer nan = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(Float.NaN).flip();
      channel.write(nan, (7L * 384 + 5) * 4);
    }
    assertThat(run()).isEqualTo(2);
    assertThat(stderr)
        .contains(data.resolve("vectors.f32") + " row 7 (passages.jsonl line 8): non-finite value NaN at position 5");
  }

  @Test
  void malformedJsonLine() throws IOException {
    replaceLine(data.resolve("passages.jsonl"), 3, "{\"id\": \"p0000002\", \"text\": ");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains("error: " + data.resolve("passages.jsonl") + " line 3: malformed JSON");
  }

  @Test
  void trailingGarbageOnALine() throws IOException {
    replaceLine(data.resolve("passages.jsonl"), 2, "{\"id\": \"p0000001\", \"text\": \"x\"} {}");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data.resolve("passages.jsonl") + " line 2: malformed JSON");
  }

  @Test
  void passageWithoutText() throws IOException {
    replaceLine(data.resolve("passages.jsonl"), 5, "{\"id\": \"p0000004\"}");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data.resolve("passages.jsonl") + " line 5: missing \"text\"");
  }

  @Test
  void duplicatePassageId() throws IOException {
    replaceLine(data.resolve("passages.jsonl"), 6, "{\"id\": \"p0000001\", \"text\": \"again\"}");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data.resolve("passages.jsonl") + " line 6: duplicate id \"p0000001\"");
  }

  @Test
  void fewerPassagesThanTheCount() throws IOException {
    List<String> lines = Files.readAllLines(data.resolve("passages.jsonl"));
    Files.write(data.resolve("passages.jsonl"), lines.subList(0, 29));
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data.resolve("passages.jsonl") + ": 29 lines, but meta.json count is 30");
  }

  @Test
  void morePassagesThanTheCount() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("passages.jsonl")));
    lines.add("{\"id\": \"p0000030\", \"text\": \"one more\"}");
    Files.write(data.resolve("passages.jsonl"), lines);
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data.resolve("passages.jsonl") + " line 31: more passages than meta.json count 30");
  }

  @Test
  void queryVectorOfTheWrongDimension() throws IOException {
    Path file = data.resolve("queries.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(1, lines.get(1).replaceFirst("\"vector\":\\[[-0-9.eE]+,", "\"vector\":["));
    Files.write(file, lines);
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(file + " line 2: \"vector\" has 383 numbers, expected 384 (meta.json dimension)");
  }

  @Test
  void metaDimensionThatIsNotTheModels() throws IOException {
    Files.writeString(
        data.resolve("meta.json"), "{\"count\": 30, \"dimension\": 512, \"model\": \"bge-small-en-v1.5-q\"}");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr)
        .contains(data.resolve("meta.json") + ": \"dimension\" is 512, but bge-small-en-v1.5-q vectors have 384");
  }

  @Test
  void malformedMeta() throws IOException {
    Files.writeString(data.resolve("meta.json"), "{\"count\": 30,");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(data.resolve("meta.json") + ": malformed JSON");
  }

  @Test
  void workFolderThatIsNotEmpty() throws IOException {
    Files.createDirectories(work);
    Files.writeString(work.resolve("something"), "x");
    assertThat(run()).isEqualTo(2);
    assertThat(stderr).contains(work + ": --work folder is not empty");
  }

  @Test
  void unknownOptionPrintsTheUsage() {
    assertThat(run("--data", data.toString(), "--work", work.toString(), "--bogus", "1")).isEqualTo(2);
    assertThat(stderr).contains("error: unknown option --bogus").contains("usage: java -Xmx2g -jar newsdesk-baselines.jar");
  }

  @Test
  void badOptionValues() {
    assertThat(run("--data", data.toString(), "--work", work.toString(), "--k", "0")).isEqualTo(2);
    assertThat(stderr).contains("--k must be at least 1, not 0").contains("usage:");
    assertThat(run("--data", data.toString(), "--work", work.toString(), "--rounds", "three")).isEqualTo(2);
    assertThat(stderr).contains("--rounds takes a whole number, not three");
    assertThat(run("--work", work.toString())).isEqualTo(2);
    assertThat(stderr).contains("--data DIR is required");
    assertThat(run("--data", data.toString(), "--work")).isEqualTo(2);
    assertThat(stderr).contains("option --work needs a value");
  }

  private int run() {
    return run("--data", data.toString(), "--work", work.toString());
  }

  private int run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CommunityLuceneProbe.run(
            args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(stdout).as("nothing on stdout when the input is bad").isEmpty();
    // nothing may have been indexed either
    assertThat(Files.exists(work.resolve("write.lock"))).isFalse();
    return code;
  }

  private static void replaceLine(Path file, int lineNumber, String line) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(lineNumber - 1, line);
    Files.write(file, lines);
  }
}
