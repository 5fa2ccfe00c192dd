package dev.newsdesk.bot.watch;

import dev.newsdesk.bot.story.Story;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches newly committed articles against the followed topics with the retrieval questions use.
 *
 * <p>Each distinct topic (with its outlet filter) is searched once per batch, from the earliest
 * publication date in the batch: an article matches when the retriever ranks one of its passages
 * among the top {@value #DEPTH} and the article's headline plus that passage contain at least
 * {@code minCoverage} of the topic's terms (the documented threshold, {@code alerts.min-coverage};
 * the fused rank alone cannot tell "about the topic" from "the least unrelated"). The alert quotes
 * the passage's sentence that covers the topic best.
 */
final class AlertMatcher {

  /** Passages read per topic and batch. */
  static final int DEPTH = 50;

  /** One subscriber's alert about one article, with the story the article belongs to. */
  record Match(Subscriber subscriber, String story, NewArticle article, AlertItem item) {}

  private final Retriever retriever;
  private final TopicMatch topics;
  private final double minCoverage;
  private final StoryGrouping stories;

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
    Map<String, String> storyOf = new java.util.HashMap<>();
    for (Story story : stories.group(batch.stream().map(NewArticle::forGrouping).toList())) {
      story.copies().forEach(c -> storyOf.put(c.articleId(), story.representative().articleId()));
    }
    // undated articles can only be found without a date filter
    Optional<Instant> from = batch.stream().allMatch(a -> a.published().isPresent())
        ? batch.stream().map(a -> a.published().orElseThrow()).min(Comparator.naturalOrder())
        : Optional.empty();
    Map<String, List<Subscription>> byQuery = subscriptions.stream().collect(
        Collectors.groupingBy(s -> s.label().toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
    List<Match> matches = new ArrayList<>();
    for (List<Subscription> same : byQuery.values()) {
      Subscription first = same.get(0);
      List<Hit> hits = hits(first, byId, from);
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

  private record Hit(NewArticle article, String sentence) {}

  private List<Hit> hits(Subscription subscription, Map<String, NewArticle> batch, Optional<Instant> from) {
    SearchRequest request = SearchRequest.of(subscription.topic(), DEPTH)
        .withDateRange(from, Optional.empty())
        .withOutlets(subscription.outlet().map(Set::of).orElse(Set.of()));
    Map<String, Hit> found = new LinkedHashMap<>();
    for (RetrievedPassage passage : retriever.retrieve(request)) {
      NewArticle article = batch.get(passage.articleId());
      if (article == null || found.containsKey(article.articleId())) {
        continue;
      }
      String text = passage.title() + "\n" + passage.text();
      if (topics.coverage(subscription.topic(), text) >= minCoverage) {
        String sentence = topics.bestSentence(subscription.topic(), passage.text())
            .orElse(passage.text().strip());
        found.put(article.articleId(), new Hit(article, sentence));
      }
    }
    List<Hit> hits = new ArrayList<>(found.values());
    hits.sort(Comparator.comparing(h -> h.article().published().orElse(h.article().ingested())));
    return hits;
  }

  private static AlertItem item(String topic, Hit hit) {
    NewArticle a = hit.article();
    return new AlertItem(topic, a.title(), a.outlet(), a.published(), a.url(), hit.sentence());
  }
}
