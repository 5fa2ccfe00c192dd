package dev.newsdesk.bot.watch;

import dev.newsdesk.bot.story.Story;
import dev.newsdesk.bot.story.StoryArticle;
import dev.newsdesk.bot.story.StoryGrouping;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Composes a daily briefing: the stories published on the subscriber's local day (up to now) about
 * its topics, or the day's top stories when it follows none; syndicated copies and near-duplicates
 * grouped into one story (counted by outlets), stories covered by more outlets first, each told in
 * one or two sentences quoted from its articles with citations.
 */
public final class Briefings {

  /** Passages read per topic. */
  static final int DEPTH = 40;

  private final Retriever retriever;
  private final Function<Day, List<RetrievedPassage>> topStories;
  private final TopicMatch topics;
  private final double minCoverage;
  private final StoryGrouping stories;
  private final Clock clock;
  private final int maxStories;
  private final SentenceSplitter sentences = new SentenceSplitter();

  /** A local day as instants: from its start to the end of the day or now, whichever is earlier. */
  public record Day(LocalDate date, Instant from, Instant to) {}

  /**
   * @param topStories one passage (the lead where possible) of each of the day's articles, newest first: the
   *     stories of subscribers who follow nothing, and the copies counted for every story's outlets
   */
  public Briefings(Retriever retriever, Function<Day, List<RetrievedPassage>> topStories,
      Function<String, List<String>> analyzer, double minCoverage,
      StoryGrouping stories, Clock clock, int maxStories) {
    this.retriever = retriever;
    this.topStories = topStories;
    this.topics = new TopicMatch(analyzer);
    this.minCoverage = minCoverage;
    this.stories = stories;
    this.clock = clock;
    this.maxStories = maxStories;
  }

  /** The briefing for these topics (empty: the top stories) on today's date in the zone. */
  public Notice.Briefing compose(List<Subscription> followed, ZoneId zone) {
    Instant now = clock.instant();
    LocalDate date = LocalDate.ofInstant(now, zone);
    Instant start = date.atStartOfDay(zone).toInstant();
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    Day day = new Day(date, start, end.isBefore(now) ? end : now);
    Map<String, Candidate> byArticle = new LinkedHashMap<>();
    for (Subscription s : followed) {
      SearchRequest request = SearchRequest.of(s.topic(), DEPTH).withDateRange(Optional.of(day.from()), Optional.of(day.to()))
          .withOutlets(s.outlet().map(java.util.Set::of).orElse(java.util.Set.of()));
      for (RetrievedPassage p : retriever.retrieve(request)) {
        if (!byArticle.containsKey(p.articleId()) && topics.coverage(s.topic(), p.title() + "\n" + p.text()) >= minCoverage) {
          byArticle.put(p.articleId(), new Candidate(p, topics.bestSentence(s.topic(), p.text()).orElse(lead(p.text()))));
        }
      }
    }
    java.util.Set<String> wanted = followed.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(byArticle.keySet());
    // every article of the day joins, so that the copies of each story are counted whatever retrieval collapsed
    topStories.apply(day).forEach(p -> byArticle.putIfAbsent(p.articleId(), new Candidate(p, lead(p.text()))));
    return new Notice.Briefing(date, followed.stream().map(Subscription::label).toList(), group(byArticle, wanted));
  }

  private record Candidate(RetrievedPassage passage, String sentence) {

    AlertItem item() {
      return new AlertItem("", passage.title(), passage.outlet(), passage.published(), passage.url(), sentence);
    }
  }

  /** The stories of the candidates, only those holding a wanted article unless none is wanted (top stories). */
  private List<BriefingStory> group(Map<String, Candidate> candidates, java.util.Set<String> wanted) {
    List<List<Candidate>> ranked = new ArrayList<>();
    for (Story story : stories.group(candidates.values().stream().map(c -> StoryArticle.of(List.of(c.passage()))).toList())) {
      if (!wanted.isEmpty() && story.copies().stream().noneMatch(c -> wanted.contains(c.articleId()))) {
        continue;
      }
      List<Candidate> copies = new ArrayList<>();
      // a topic's own hit leads (its sentence matches the topic), else the original
      StoryArticle lead = story.copies().stream().filter(c -> wanted.contains(c.articleId())).findFirst()
          .orElse(story.representative());
      copies.add(candidates.get(lead.articleId()));
      story.copies().stream().filter(c -> !c.equals(lead)).forEach(c -> copies.add(candidates.get(c.articleId())));
      ranked.add(copies);
    }
    ranked.sort(Comparator.comparingInt((List<Candidate> g) -> -outlets(g))
        .thenComparing(g -> g.get(0).passage().published().orElse(Instant.EPOCH), Comparator.reverseOrder()));
    List<BriefingStory> briefing = new ArrayList<>();
    int number = 1;
    for (List<Candidate> story : ranked.subList(0, Math.min(maxStories, ranked.size()))) {
      List<Candidate> cited = new ArrayList<>(List.of(story.get(0)));
      story.stream().skip(1).filter(c -> !similar(c.sentence(), story.get(0).sentence())).findFirst()
          .ifPresent(cited::add);
      List<String> said = new ArrayList<>();
      for (int i = 0; i < cited.size(); i++) {
        said.add(cited.get(i).sentence() + " [" + (number + i) + "]");
      }
      briefing.add(new BriefingStory(story.get(0).passage().title(), said,
          cited.stream().map(Candidate::item).toList(), number, outlets(story)));
      number += cited.size();
    }
    return briefing;
  }

  private static int outlets(List<Candidate> story) {
    return (int) story.stream().map(c -> c.passage().outlet().toLowerCase(java.util.Locale.ROOT)).distinct().count();
  }

  /** Whether two sentences say much the same: half or more of the shorter one's words are in the other. */
  private static boolean similar(String a, String b) {
    java.util.Set<String> x = words(a);
    java.util.Set<String> y = words(b);
    java.util.Set<String> shared = new java.util.HashSet<>(x);
    shared.retainAll(y);
    return shared.size() >= 0.5 * Math.max(1, Math.min(x.size(), y.size()));
  }

  private static java.util.Set<String> words(String sentence) {
    return java.util.Arrays.stream(sentence.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toSet());
  }

  private String lead(String text) {
    return sentences.split(text).stream().map(s -> s.text().strip()).filter(s -> !s.isEmpty()).findFirst()
        .orElse(text.strip());
  }
}
