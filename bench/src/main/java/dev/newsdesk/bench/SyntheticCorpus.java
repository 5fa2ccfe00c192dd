package dev.newsdesk.bench;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Grows N passages from a real source corpus, deterministically for a seed: passage i copies source
 * passage perm(i mod size), its vector moved by Gaussian noise and renormalised, its text varied, and
 * consecutive passages grouped into articles of one to five, dated across one year.
 */
public final class SyntheticCorpus implements BenchCorpus {

  /** The first publication instant; dates spread over the 365 days after it. */
  public static final Instant FIRST_DAY = Instant.parse("2022-01-01T00:00:00Z");

  private final SourceCorpus source;
  private final PassageText text;
  private final long seed;
  private final double sigma;

  /** A generator over {@code source} with noise of standard deviation {@code sigma} per dimension. */
  public SyntheticCorpus(SourceCorpus source, long seed, double sigma) {
    this.source = source;
    this.text = PassageText.of(source.texts());
    this.seed = seed;
    this.sigma = sigma;
  }

  /** Generates {@code passages} passages, handing each article to {@code sink} in order. */
  @Override
  public void generate(int passages, Consumer<BenchArticle> sink) {
    Random random = new Random(seed);
    int[] order = permutation(source.size(), random);
    int next = 0;
    for (int a = 0; next < passages; a++) {
      int count = Math.min(passages - next, 1 + random.nextInt(5));
      sink.accept(article(a, next, count, order, random));
      next += count;
    }
  }

  private BenchArticle article(int number, int first, int count, int[] order, Random random) {
    StringBuilder body = new StringBuilder();
    List<Passage> passages = new ArrayList<>(count);
    List<float[]> vectors = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      int base = order[(first + p) % order.length];
      String passage = text.vary(source.texts().get(base), PassageText.token(first + p), random);
      if (p > 0) {
        body.append("\n\n");
      }
      passages.add(new Passage(p, passage, body.length(), body.length() + passage.length()));
      body.append(passage);
      vectors.add(perturbed(source.vectors().get(base), random));
    }
    String title = source.titles().get(order[first % order.length]);
    Instant published = FIRST_DAY.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
    Article article = new Article("bench-" + number, Optional.empty(), title.isBlank() ? "News" : title,
        "Synthetic", List.of(), Optional.of(published), body.toString());
    return new BenchArticle(article, passages, vectors, first);
  }

  private float[] perturbed(float[] base, Random random) {
    float[] v = new float[base.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (base[i] + sigma * random.nextGaussian());
      norm += v[i] * v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }

  private static int[] permutation(int size, Random random) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
