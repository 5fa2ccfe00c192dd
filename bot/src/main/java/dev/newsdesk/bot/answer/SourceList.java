package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources a model is given: one per article, in the order the article's best passage was
 * ranked, its passages joined in article order, so that {@code [n]} always names one article.
 */
final class SourceList {

  private SourceList() {}

  static List<RetrievedPassage> of(List<RetrievedPassage> passages) {
    Map<String, List<RetrievedPassage>> byArticle = new LinkedHashMap<>();
    for (RetrievedPassage p : passages) {
      byArticle.computeIfAbsent(p.articleId(), id -> new ArrayList<>()).add(p);
    }
    List<RetrievedPassage> sources = new ArrayList<>();
    for (List<RetrievedPassage> parts : byArticle.values()) {
      parts.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
      RetrievedPassage first = parts.get(0);
      String text = String.join("\n…\n", parts.stream().map(RetrievedPassage::text).toList());
      sources.add(new RetrievedPassage(first.articleId(), first.ordinal(), text, first.start(),
          parts.get(parts.size() - 1).end(), first.score(), first.title(), first.outlet(), first.url(),
          first.published(), first.authors()));
    }
    return sources;
  }
}
