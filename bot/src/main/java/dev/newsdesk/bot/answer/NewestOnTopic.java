package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.DateWidening;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The newest articles about a topic, for a question that asks for the latest on it ("What's new in
 * Brennick?", {@link HeadlinesQuestion#latestOn}): from a deep relevance search of the topic, the
 * articles whose headline or first sentence writes every word of the topic (a story that names
 * Brennick in passing is not news from Brennick; failing any such, those whose retrieved passages
 * write them), newest first, their passages in the order found, at most {@code k} passages.
 */
final class NewestOnTopic {

  /** How many times the request's passages the search for the newest on a topic reads. */
  static final int POOL_DEPTH = 5;

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "at", "to",
      "for", "with", "about", "from", "this", "that", "these", "those", "its", "their", "our");

  private static final SentenceUnits UNITS = new SentenceUnits();

  private NewestOnTopic() {}

  /**
   * @param pool what the deep search of the topic found
   * @param topic the topic as the question wrote it ("the dock strike")
   * @param k the most passages kept
   * @return the passages of the newest articles about the topic, at most {@code k}, with the pool's
   *     request and widening; no passages when no article writes the topic
   */
  static DateWidening.Retrieval newest(DateWidening.Retrieval pool, String topic, int k) {
    List<String> words = words(topic);
    Map<String, List<RetrievedPassage>> byArticle = new LinkedHashMap<>();
    pool.passages().forEach(p -> byArticle.computeIfAbsent(p.articleId(), id -> new ArrayList<>()).add(p));
    List<List<RetrievedPassage>> leading = new ArrayList<>();
    List<List<RetrievedPassage>> mentioning = new ArrayList<>();
    for (List<RetrievedPassage> article : byArticle.values()) {
      StringBuilder lead = new StringBuilder(article.get(0).title());
      StringBuilder all = new StringBuilder(article.get(0).title());
      for (RetrievedPassage p : article) {
        all.append(' ').append(p.text());
        if (p.ordinal() == 0) {
          UNITS.of(p.text()).stream().findFirst().ifPresent(first -> lead.append(' ').append(first));
        }
      }
      if (writesAll(lead.toString(), words)) {
        leading.add(article);
      } else if (writesAll(all.toString(), words)) {
        mentioning.add(article);
      }
    }
    List<List<RetrievedPassage>> about = leading.isEmpty() ? mentioning : leading;
    about.sort(Comparator.comparing((List<RetrievedPassage> a) -> a.get(0).published().orElse(Instant.MIN)).reversed());
    List<RetrievedPassage> kept = new ArrayList<>();
    for (List<RetrievedPassage> article : about) {
      for (RetrievedPassage p : article) {
        if (kept.size() < k) {
          kept.add(p);
        }
      }
    }
    return new DateWidening.Retrieval(kept, pool.request(), pool.widened());
  }

  /** The topic's words that say what it is about, in lower case, a plural's "s" dropped. */
  private static List<String> words(String topic) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(topic.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!FUNCTION_WORDS.contains(m.group())) {
        out.add(singular(m.group()));
      }
    }
    return out;
  }

  private static boolean writesAll(String text, List<String> words) {
    List<String> written = new ArrayList<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      written.add(singular(m.group()));
    }
    return written.containsAll(words);
  }

  private static String singular(String word) {
    return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
  }
}
