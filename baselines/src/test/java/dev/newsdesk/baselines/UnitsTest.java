package dev.newsdesk.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.stream.LongStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts: percentiles, the mapped vector file, options, RSS parsing, query diagnostics. */
class UnitsTest {

  @TempDir Path temp;

  @Test
  void nearestRankPercentiles() {
    long[] ten = LongStream.rangeClosed(1, 10).toArray();
    assertThat(LatencyBench.percentile(ten, 50)).isEqualTo(5);
    assertThat(LatencyBench.percentile(ten, 99)).isEqualTo(10);
    long[] hundred = LongStream.rangeClosed(1, 100).toArray();
    assertThat(LatencyBench.percentile(hundred, 50)).isEqualTo(50);
    assertThat(LatencyBench.percentile(hundred, 99)).isEqualTo(99);
    long[] thousand = LongStream.rangeClosed(1, 1000).toArray();
    assertThat(LatencyBench.percentile(thousand, 99)).isEqualTo(990);
    assertThat(LatencyBench.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(LatencyBench.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void vectorFileReadsLittleEndianRowsAcrossChunks() throws Exception {
    int count = 7;
    int dimension = 3;
    ByteBuffer buffer = ByteBuffer.allocate(count * dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count * dimension; i++) {
      buffer.putFloat(i + 0.5f);
    }
    Path file = temp.resolve("vectors.f32");
    Files.write(file, buffer.array());
    // chunks of two rows (24 bytes, 25 allowed): rows 0-1, 2-3, 4-5, 6
    VectorFile vectors = VectorFile.open(file, count, dimension, 25);
    for (int row = 0; row < count; row++) {
      float base = row * dimension + 0.5f;
      assertThat(vectors.row(row)).containsExactly(base, base + 1, base + 2);
    }
    assertThatThrownBy(() -> vectors.row(7)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(vectors.checkRows(1e-3)).isEqualTo(count);
    vectors.close();
    assertThatThrownBy(() -> vectors.row(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> VectorFile.open(file, 8, dimension))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": 84 bytes, expected count × dimension × 4 = 8 × 3 × 4 = 96 bytes (from meta.json)");
  }

  @Test
  void optionsWithDefaultsAndEqualsForm() throws Exception {
    ProbeOptions options = ProbeOptions.parse(new String[] {"--data", "d", "--work=w"});
    assertThat(options.data()).isEqualTo(Path.of("d"));
    assertThat(options.work()).isEqualTo(Path.of("w"));
    assertThat(options.k()).isEqualTo(10);
    assertThat(options.rounds()).isEqualTo(3);
    assertThat(options.depth()).isEqualTo(100);
    assertThat(options.queryInstruction()).isTrue();
    options = ProbeOptions.parse(new String[] {"--data", "d", "--work", "w", "--k", "3", "--query-instruction", "none"});
    assertThat(options.k()).isEqualTo(3);
    assertThat(options.queryInstruction()).isFalse();
    assertThatThrownBy(() -> ProbeOptions.parse(new String[] {"--data", "d", "--work", "w", "--query-instruction", "e5"}))
        .isInstanceOf(UsageException.class)
        .hasMessage("--query-instruction takes bge or none, not e5");
  }

  @Test
  void residentSetSizeFromProcStatus() throws IOException {
    Path status = temp.resolve("status");
    Files.writeString(status, "Name:\tjava\nVmPeak:\t 9999 kB\nVmRSS:\t  204800 kB\nThreads:\t12\n");
    assertThat(ProcessMemory.rssMb(status)).isEqualTo(OptionalDouble.of(200.0));
    assertThat(ProcessMemory.rssMb(temp.resolve("missing"))).isEmpty();
  }

  @Test
  void fulltextDiagnosticsSeeWildcardsAndParseFailures() throws Exception {
    QueryParser parser = new QueryParser("content", new StandardAnalyzer());
    assertThat(FulltextDiagnostics.hasMultiTermQuery(parser.parse("who won the election?"))).isTrue();
    assertThat(FulltextDiagnostics.hasMultiTermQuery(parser.parse("who won the election"))).isFalse();
    FulltextDiagnostics.Result result =
        FulltextDiagnostics.of(
            java.util.List.of(
                new QueryItem("a", "plain words", new float[0]),
                new QueryItem("b", "what is \"unbalanced", new float[0]),
                new QueryItem("c", "when? (really", new float[0]),
                new QueryItem("d", "who won?", new float[0])));
    assertThat(result.parseFailures()).isEqualTo(2);
    assertThat(result.failedQueryIds()).containsExactly("b", "c");
    assertThat(result.multiTermQueries()).isEqualTo(1);
    assertThat(result.multiTermQueryIds()).containsExactly("d");
  }
}
