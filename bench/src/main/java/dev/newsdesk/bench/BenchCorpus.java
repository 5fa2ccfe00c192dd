package dev.newsdesk.bench;

import java.util.function.Consumer;

/** A benchmark corpus: articles with their passages and vectors, handed over in passage order. */
public interface BenchCorpus {

  /** Hands the articles holding the first {@code passages} passages to {@code sink}, in order. */
  void generate(int passages, Consumer<BenchArticle> sink);
}
