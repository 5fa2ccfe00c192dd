package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers cited articles in order of first citation and builds the matching source list. */
final class Citations {

  private final Map<String, Source> byArticle = new LinkedHashMap<>();

  /** The number of the passage's article, assigning the next one on first citation. */
  int cite(RetrievedPassage passage) {
    Source existing = byArticle.get(passage.articleId());
    if (existing != null) {
      return existing.n();
    }
    int n = byArticle.size() + 1;
    byArticle.put(passage.articleId(), Source.of(n, passage));
    return n;
  }

  List<Source> sources() {
    return new ArrayList<>(byArticle.values());
  }

  /** The sentence with its citation: before a final full stop, else after the sentence. */
  static String mark(String sentence, int n) {
    String marker = "[" + n + "]";
    if (sentence.endsWith(".") && !sentence.endsWith("..")) {
      return sentence.substring(0, sentence.length() - 1) + " " + marker + ".";
    }
    return sentence + " " + marker;
  }
}
