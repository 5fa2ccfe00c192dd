package dev.newsdesk.bot.story;

import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.CitationChecker;
import dev.newsdesk.bot.answer.ComposeRequest;
import dev.newsdesk.bot.answer.Composer;
import dev.newsdesk.bot.answer.Draft;
import dev.newsdesk.bot.answer.NumberedSource;
import dev.newsdesk.bot.answer.NumberedSources;
import dev.newsdesk.bot.answer.QueryPlan;
import dev.newsdesk.bot.answer.QueryPlanner;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.answer.Source;
import dev.newsdesk.retrieval.search.DateWidening;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.TermWeights;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds story timelines: the topic is planned like a question ({@link QueryPlanner}: as-of instant,
 * outlets, the dates it names), its passages are retrieved by the same hybrid retriever, within
 * those dates only ({@link DateWidening#within}); the articles found are grouped into stories
 * ({@link StoryGrouping}), so copies make one development, after leaving out the articles that do
 * not hold most of the topic's words ({@link #ARTICLE_COVERAGE}); each story is given to the extractive
 * composer on its own, which quotes the one sentence of its copies that best states the topic, or
 * declines when none does (the story is then left out as not about the topic); the developments are
 * ordered by the day each story was first published, oldest first, undated ones last.
 */
public final class StoryTimelines {

  /** How many passages are retrieved for a topic: enough for a dozen developments and their copies. */
  static final int PASSAGES = 40;
  /**
   * The least share of the topic's weight (inverse document frequency of its words, as the
   * extractive composer weighs a question) that an article's headline and retrieved passages must
   * hold word for word to count as a development: so a story that only shares the topic's place
   * name ("Brennick" for "Brennick port strike") is left out, while the quoted sentence itself need
   * only meet the composer's usual coverage.
   */
  static final double ARTICLE_COVERAGE = 0.75;
  /** The most developments shown: the best-ranked stories, then ordered by date. */
  static final int MAX_DEVELOPMENTS = 12;

  private final QueryPlanner planner;
  private final DateWidening widening;
  private final Composer quoter;
  private final TermWeights weights;
  private final int maxTopicLength;
  private final StoryGrouping grouping = new StoryGrouping();
  private final CitationChecker checker = new CitationChecker();

  /**
   * @param quoter the extractive composer, set to quote one sentence
   * @param maxTopicLength the longest topic taken, in characters (as {@code answer.max-question-length})
   */
  public StoryTimelines(QueryPlanner planner, Retriever retriever, Composer quoter, TermWeights weights,
      int maxTopicLength) {
    this.planner = planner;
    this.weights = weights;
    this.widening = new DateWidening(retriever);
    this.quoter = quoter;
    this.maxTopicLength = maxTopicLength;
  }

  /**
   * The timeline of the topic (the question's text) as of the question's instant, limited to its
   * outlets; throws {@link RejectedQuestionException} for a blank or too long topic and {@link
   * dev.newsdesk.retrieval.RetrievalException} when the index cannot be searched.
   */
  public Timeline timeline(Question question) {
    String topic = check(question.text());
    QueryPlan plan = planner.plan(question, topic, List.of());
    SearchRequest planned = plan.request();
    SearchRequest request = new SearchRequest(planned.query(), Math.max(PASSAGES, planned.k()), planned.from(),
        planned.to(), planned.asOf(), planned.outlets(), planned.maxPerArticle());
    NumberedSources found = NumberedSources.of(widening.within(request).passages());
    Map<String, Double> topicWeights = weights.weigh(topic);
    Map<String, NumberedSource> onTopic = new LinkedHashMap<>();
    found.all().stream().filter(s -> onTopic(s, topicWeights)).forEach(s -> onTopic.put(s.articleId(), s));
    List<Story> stories = grouping.group(found.all().stream().map(s -> StoryArticle.of(s.passages())).toList());
    List<Dated> dated = new ArrayList<>();
    for (Story story : stories) {
      if (dated.size() == MAX_DEVELOPMENTS) {
        break;
      }
      quote(plan, story, onTopic).ifPresent(dated::add);
    }
    dated.sort(Comparator.comparing((Dated d) -> d.date().orElse(LocalDate.MAX)));
    List<Development> developments = new ArrayList<>();
    for (Dated d : dated) {
      int n = developments.size() + 1;
      Source s = d.source();
      Source cited = new Source(n, s.articleId(), s.title(), s.outlet(), s.published(), s.url(), s.excerpt(), s.authors());
      developments.add(new Development(d.date(), d.sentence().replace("[1]", "[" + n + "]"), cited, d.alsoIn()));
    }
    return new Timeline(topic, plan.asOf(), developments);
  }

  /** Whether the article's headline and retrieved passages hold {@value #ARTICLE_COVERAGE} of the topic's weight. */
  private boolean onTopic(NumberedSource source, Map<String, Double> topicWeights) {
    double total = topicWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total <= 0) {
      return false;
    }
    java.util.Set<String> held = new java.util.HashSet<>(weights.terms(source.title()));
    held.addAll(weights.terms(source.text()));
    double covered = topicWeights.entrySet().stream().filter(e -> held.contains(e.getKey()))
        .mapToDouble(Map.Entry::getValue).sum();
    return covered / total + 1e-9 >= ARTICLE_COVERAGE;
  }

  /** A development before numbering: its sentence cites {@code [1]}, its source is numbered 1. */
  private record Dated(Optional<LocalDate> date, String sentence, Source source, List<String> alsoIn) {}

  /**
   * The story's one quoted sentence, from the copy on the topic that states it best (the first
   * published on a tie); empty when no copy is on the topic or none states it.
   */
  private Optional<Dated> quote(QueryPlan plan, Story story, Map<String, NumberedSource> onTopic) {
    List<RetrievedPassage> passages = new ArrayList<>();
    java.util.stream.Stream.concat(java.util.stream.Stream.of(story.representative()), story.copies().stream())
        .distinct().map(c -> onTopic.get(c.articleId())).filter(java.util.Objects::nonNull)
        .forEach(s -> passages.addAll(s.passages()));
    if (passages.isEmpty()) {
      return Optional.empty();
    }
    NumberedSources sources = NumberedSources.of(passages);
    Draft draft = quoter.compose(new ComposeRequest(plan, sources, false), AnswerListener.NONE);
    if (draft.abstained()) {
      return Optional.empty();
    }
    CitationChecker.Checked checked = checker.check(draft.text(), sources);
    if (checked.sources().size() != 1 || checked.text().isBlank()) {
      return Optional.empty();
    }
    Source source = checked.sources().get(0);
    List<String> alsoIn = story.copies().stream().map(StoryArticle::outlet).filter(o -> !o.isBlank())
        .filter(o -> !o.equalsIgnoreCase(source.outlet()))
        .collect(java.util.stream.Collectors.toMap(o -> o.toLowerCase(Locale.ROOT), o -> o, (a, b) -> a,
            LinkedHashMap::new)).values().stream().toList();
    Optional<LocalDate> date = story.firstPublished().map(p -> LocalDate.ofInstant(p, ZoneOffset.UTC));
    return Optional.of(new Dated(date, checked.text(), source, alsoIn));
  }

  private String check(String topic) {
    String t = topic.strip();
    if (t.isEmpty()) {
      throw new RejectedQuestionException("Please name the story, for example: timeline Brennick port strike.");
    }
    if (t.length() > maxTopicLength) {
      throw new RejectedQuestionException(String.format(Locale.ROOT,
          "That topic is %,d characters long; the limit is %,d. Please name the story in fewer words.",
          t.length(), maxTopicLength));
    }
    return t;
  }
}
