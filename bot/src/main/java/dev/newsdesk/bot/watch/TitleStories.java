package dev.newsdesk.bot.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups articles into stories by their headlines: two articles are one story when their headline
 * terms (as the index analyses them) overlap by at least {@value #MIN_JACCARD} (Jaccard), which
 * syndicated copies (the same headline, perhaps re-worded slightly) do. The key of a story is the
 * id of its first article.
 */
final class TitleStories implements Function<List<NewArticle>, Map<String, String>> {

  static final double MIN_JACCARD = 0.6;

  private final Function<String, List<String>> analyzer;

  TitleStories(Function<String, List<String>> analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public Map<String, String> apply(List<NewArticle> articles) {
    List<Set<String>> keyTerms = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Map<String, String> storyOf = new HashMap<>();
    for (NewArticle article : articles) {
      Set<String> terms = new HashSet<>(analyzer.apply(article.title()));
      String key = article.articleId();
      for (int i = 0; i < keys.size(); i++) {
        if (jaccard(terms, keyTerms.get(i)) >= MIN_JACCARD) {
          key = keys.get(i);
          break;
        }
      }
      if (key.equals(article.articleId())) {
        keys.add(key);
        keyTerms.add(terms);
      }
      storyOf.put(article.articleId(), "title:" + String.join(" ", new java.util.TreeSet<>(
          keyTerms.get(keys.indexOf(key)))));
    }
    return storyOf;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size() / (double) (a.size() + b.size() - both.size());
  }
}
