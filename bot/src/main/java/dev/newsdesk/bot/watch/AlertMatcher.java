package dev.newsdesk.bot.watch;

import dev.newsdesk.bot.story.Story;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches newly committed articles against the followed topics with the retrieval questions use.
 *
 * <p>Each distinct topic (with its outlet filter) is searched at most once per batch, from the
 * earliest publication date in the batch: an article matches when the retriever ranks one of its
 * passages among the top {@value #DEPTH} and the article's headline plus that passage contain at
 * least {@code minCoverage} of the topic's terms (the documented threshold, {@code
 * alerts.min-coverage}; the fused rank alone cannot tell "about the topic" from "the least
 * unrelated"). The alert quotes the passage's sentence that covers the topic best.
 *
 * <p>Pre-filter, exact: a headline plus one passage never covers more of a topic than the headline
 * plus the article's whole text ({@link TopicMatch}), so each batch article's headline and text are
 * analysed once, and a topic is searched only when some batch article of its outlet (if it names
 * one) covers it there; otherwise no article of the batch could pass the coverage test, whatever
 * the retriever ranked. An article staged without its text (by a Newsdesk before schema version 3)
 * cannot be pre-filtered and makes every topic of its outlet a candidate. The pre-filter decides
 * only whether to search, never the ranking, so the alerts are those the search of every topic
 * gives.
 */
final class AlertMatcher {

  /** Passages read per topic and batch. */
  static final int DEPTH = 50;

  /** One subscriber's alert about one article, with the story the article belongs to. */
  record Match(Subscriber subscriber, String story, NewArticle article, AlertItem item) {}

  /**
   * What matching has cost since start: batches matched, distinct topics considered summed over the
   * batches (what searching every topic would have run), and the searches actually run.
   */
  record Searches(long batches, long topics, long retrievals) {}

  private final Retriever retriever;
  private final TopicMatch topics;
  private final double minCoverage;
  private final StoryGrouping stories;
  private final AtomicLong batches = new AtomicLong();
  private final AtomicLong considered = new AtomicLong();
  private final AtomicLong retrievals = new AtomicLong();

  AlertMatcher(Retriever retriever, Function<String, List<String>> analyzer, double minCoverage, StoryGrouping stories) {
    this.retriever = retriever;
    this.topics = new TopicMatch(analyzer);
    this.minCoverage = minCoverage;
    this.stories = stories;
  }

  /** The alerts the batch raises, in the order of the subscriptions, one per subscriber and story. */
  List<Match> match(List<NewArticle> batch, List<Subscription> subscriptions) {
    Map<String, NewArticle> byId = batch.stream()
        .collect(Collectors.toMap(NewArticle::articleId, a -> a, (a, b) -> a, LinkedHashMap::new));
    Map<String, String> storyOf = new HashMap<>();
    for (Story story : stories.group(batch.stream().map(NewArticle::forGrouping).toList())) {
      story.copies().forEach(c -> storyOf.put(c.articleId(), story.representative().articleId()));
    }
    // undated articles can only be found without a date filter
    Optional<Instant> from = batch.stream().allMatch(a -> a.published().isPresent())
        ? batch.stream().map(a -> a.published().orElseThrow()).min(Comparator.naturalOrder())
        : Optional.empty();
    Map<String, List<Subscription>> byQuery = subscriptions.stream().collect(
        Collectors.groupingBy(s -> s.label().toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
    List<Analysed> analysed = byId.values().stream()
        .map(a -> new Analysed(a, outletKey(a.outlet()), a.text().map(t -> topics.terms(a.title() + "\n" + t))))
        .toList();
    Map<String, Set<String>> topicTerms = new HashMap<>();
    Map<String, Set<String>> passageTerms = new HashMap<>(); // by headline and passage: many topics read one passage
    batches.incrementAndGet();
    considered.addAndGet(byQuery.size());
    List<Match> matches = new ArrayList<>();
    for (List<Subscription> same : byQuery.values()) {
      Subscription first = same.get(0);
      Set<String> wanted = topicTerms.computeIfAbsent(first.topic().toLowerCase(Locale.ROOT), topics::terms);
      Map<String, NewArticle> candidates = candidates(first, wanted, analysed);
      if (candidates.isEmpty()) {
        continue;
      }
      List<Hit> hits = hits(first, wanted, candidates, from, passageTerms);
      for (Subscription s : same) {
        Set<String> seenStories = new java.util.HashSet<>();
        for (Hit hit : hits) {
          String story = storyOf.getOrDefault(hit.article().articleId(), hit.article().articleId());
          if (seenStories.add(story)) {
            matches.add(new Match(s.subscriber(), story, hit.article(), item(s.topic(), hit)));
          }
        }
      }
    }
    return matches;
  }

  /** The counts since start. */
  Searches searches() {
    return new Searches(batches.get(), considered.get(), retrievals.get());
  }

  /** A batch article with its outlet as filters compare it and the terms of its headline and text, when known. */
  private record Analysed(NewArticle article, String outletKey, Optional<Set<String>> terms) {}

  private record Hit(NewArticle article, String sentence) {}

  /** The batch articles that could match the subscription: of its outlet, and covering its terms (or unknown). */
  private Map<String, NewArticle> candidates(Subscription subscription, Set<String> wanted, List<Analysed> batch) {
    Optional<String> outlet = subscription.outlet().map(AlertMatcher::outletKey);
    Map<String, NewArticle> candidates = new LinkedHashMap<>();
    for (Analysed a : batch) {
      if (outlet.map(a.outletKey()::equals).orElse(true)
          && a.terms().map(found -> TopicMatch.coverage(wanted, found) >= minCoverage).orElse(true)) {
        candidates.put(a.article().articleId(), a.article());
      }
    }
    return candidates;
  }

  private List<Hit> hits(Subscription subscription, Set<String> wanted, Map<String, NewArticle> candidates,
      Optional<Instant> from, Map<String, Set<String>> passageTerms) {
    SearchRequest request = SearchRequest.of(subscription.topic(), DEPTH)
        .withDateRange(from, Optional.empty())
        .withOutlets(subscription.outlet().map(Set::of).orElse(Set.of()));
    retrievals.incrementAndGet();
    Map<String, Hit> found = new LinkedHashMap<>();
    for (RetrievedPassage passage : retriever.retrieve(request)) {
      // a batch article that is not a candidate cannot pass the coverage test with any of its passages
      NewArticle article = candidates.get(passage.articleId());
      if (article == null || found.containsKey(article.articleId())) {
        continue;
      }
      Set<String> terms = passageTerms.computeIfAbsent(passage.title() + "\n" + passage.text(), topics::terms);
      if (TopicMatch.coverage(wanted, terms) >= minCoverage) {
        String sentence = topics.bestSentence(wanted, passage.text()).orElse(passage.text().strip());
        found.put(article.articleId(), new Hit(article, sentence));
      }
    }
    List<Hit> hits = new ArrayList<>(found.values());
    hits.sort(Comparator.comparing(h -> h.article().published().orElse(h.article().ingested())));
    return hits;
  }

  /** An outlet name as the retriever's outlet filter compares it (SearchFilters, SolrFilters). */
  private static String outletKey(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }

  private static AlertItem item(String topic, Hit hit) {
    NewArticle a = hit.article();
    return new AlertItem(topic, a.title(), a.outlet(), a.published(), a.url(), hit.sentence());
  }
}
