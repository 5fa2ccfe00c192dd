package dev.newsdesk.bot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.retrieval.embed.Embeddings;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a synthetic corpus through {@link NewsIndex#upsert} with its vectors given, timing the index alone. */
final class SyntheticIngest {

  /** Where each article's passages start in passage order, indexed by article number. */
  record Result(int[] articleFirstPassage) {}

  private SyntheticIngest() {}

  /** The generator the settings describe (reads the source index). */
  static SyntheticCorpus generator(ScaleBenchmark.Settings settings) {
    return new SyntheticCorpus(SourceCorpus.read(settings.sourceIndex()), settings.seed(), settings.sigma());
  }

  /** Indexes the corpus into {@code folder}, commits, and puts the ingest figures into {@code r}. */
  static Result run(ScaleBenchmark.Settings settings, Path folder, Embeddings embeddings, ObjectNode r) {
    SourceCorpus source = SourceCorpus.read(settings.sourceIndex());
    ScaleBenchmark.checkDimension(source, embeddings);
    r.put("source_passages", source.size());
    r.put("sigma", settings.sigma());
    r.put("seed", settings.seed());
    SyntheticCorpus corpus = new SyntheticCorpus(source, settings.seed(), settings.sigma());
    List<Integer> firsts = new ArrayList<>();
    long[] nanos = {0};
    NewsIndex index = NewsIndex.openForWriting(folder, ScaleBenchmark.record(embeddings));
    corpus.generate(settings.passages(), article -> {
      long start = System.nanoTime();
      index.upsert(article.article(), article.passages(), article.vectors());
      nanos[0] += System.nanoTime() - start;
      firsts.add(article.firstPassage());
    });
    long start = System.nanoTime();
    index.commit();
    index.close();
    nanos[0] += System.nanoTime() - start;
    double seconds = nanos[0] / 1e9;
    r.put("ingest_seconds", ScaleBenchmark.round(seconds));
    r.put("ingest_passages_per_second", ScaleBenchmark.round(settings.passages() / seconds));
    return new Result(firsts.stream().mapToInt(Integer::intValue).toArray());
  }
}
