package dev.newsdesk.bench;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import java.util.List;

/** One benchmark article (generated, or real) with its passages and their vectors; {@code firstPassage} numbers its first passage in the corpus. */
public record BenchArticle(Article article, List<Passage> passages, List<float[]> vectors, int firstPassage) {

  public BenchArticle {
    passages = List.copyOf(passages);
    vectors = List.copyOf(vectors);
  }
}
