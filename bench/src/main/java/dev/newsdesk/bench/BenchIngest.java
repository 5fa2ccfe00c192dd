package dev.newsdesk.bench;

import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.LuceneIndex;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a benchmark corpus (synthetic or real) through {@link LuceneIndex#upsert} with its vectors given, timing the index
 * alone, and the same passages into a {@link BenchData} folder for exact search and the baselines.
 */
final class BenchIngest {

  /**
   * Where each article's passages start in passage order, by article id; and how fast they were
   * indexed (empty when an earlier run's folders were reread).
   */
  record Result(Map<String, Integer> firstPassage, Optional<ScaleResult.Ingest> figures) {

    /** The article id of each passage number, for {@code passages} passages. */
    String[] articleOfPassage(int passages) {
      String[] out = new String[passages];
      firstPassage.forEach((id, first) -> out[first] = id);
      for (int i = 1; i < passages; i++) {
        if (out[i] == null) {
          out[i] = out[i - 1];
        }
      }
      return out;
    }
  }

  private static final String ARTICLES = "first-passages.tsv";

  private BenchIngest() {}

  /** Indexes {@code passages} passages of {@code corpus} into both folders, commits, and times the index alone. */
  static Result run(BenchCorpus corpus, int passages, Path indexFolder, Path dataFolder, Embeddings embeddings) {
    Map<String, Integer> firsts = new LinkedHashMap<>();
    long[] nanos = {0};
    LuceneIndex index = LuceneIndex.openForWriting(indexFolder, ScaleBenchmark.record(embeddings));
    try (BenchData.Writer data = new BenchData.Writer(dataFolder, embeddings.dimension(), embeddings.name())) {
      corpus.generate(passages, article -> {
        long start = System.nanoTime();
        index.upsert(article.article(), article.passages(), article.vectors());
        nanos[0] += System.nanoTime() - start;
        firsts.put(article.article().id(), article.firstPassage());
        for (int p = 0; p < article.passages().size(); p++) {
          data.add(article.passages().get(p).text(), article.vectors().get(p));
        }
      });
      long start = System.nanoTime();
      index.commit();
      index.close();
      nanos[0] += System.nanoTime() - start;
      writeFirsts(dataFolder, firsts);
    }
    double seconds = nanos[0] / 1e9;
    return new Result(firsts, Optional.of(
        new ScaleResult.Ingest(ScaleBenchmark.round(seconds), ScaleBenchmark.round(passages / seconds))));
  }

  /** The result of an earlier {@link #run} whose folders are kept. */
  static Result reread(Path dataFolder) {
    Map<String, Integer> firsts = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(dataFolder.resolve(ARTICLES), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int tab = line.lastIndexOf('\t');
        firsts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      }
      return new Result(firsts, Optional.empty());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + dataFolder.resolve(ARTICLES) + " (" + e.getMessage()
          + "); delete the kept folder and run again", e);
    }
  }

  private static void writeFirsts(Path dataFolder, Map<String, Integer> firsts) {
    try (BufferedWriter out = Files.newBufferedWriter(dataFolder.resolve(ARTICLES), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Integer> e : firsts.entrySet()) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataFolder.resolve(ARTICLES), e);
    }
  }
}
