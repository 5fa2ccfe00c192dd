package dev.newsdesk.bench;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The source corpus as it is (no copies, no noise): its passages regrouped into their real articles,
 * with their real ids, outlets and dates, so gold article ids of real questions still apply.
 */
public final class RealCorpus implements BenchCorpus {

  private final SourceCorpus source;

  public RealCorpus(SourceCorpus source) {
    this.source = source;
  }

  /** How many passages the corpus has. */
  public int size() {
    return source.size();
  }

  /** The article id of passage {@code number}. */
  public String articleId(int number) {
    return source.origins().get(number).articleId();
  }

  @Override
  public void generate(int passages, Consumer<BenchArticle> sink) {
    int end = Math.min(passages, source.size());
    int first = 0;
    while (first < end) {
      int last = first;
      String id = articleId(first);
      while (last + 1 < end && articleId(last + 1).equals(id)) {
        last++;
      }
      sink.accept(article(first, last));
      first = last + 1;
    }
  }

  private BenchArticle article(int first, int last) {
    StringBuilder body = new StringBuilder();
    List<Passage> passages = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      if (n > first) {
        body.append("\n\n");
      }
      String text = source.texts().get(n);
      passages.add(new Passage(n - first, text, body.length(), body.length() + text.length()));
      body.append(text);
      vectors.add(source.vectors().get(n));
    }
    SourceCorpus.Origin origin = source.origins().get(first);
    Article article = new Article(origin.articleId(), origin.url(), source.titles().get(first), origin.outlet(),
        List.of(), origin.published(), body.toString());
    return new BenchArticle(article, passages, vectors, first);
  }
}
