package dev.newsdesk.bot.answer;

import dev.newsdesk.bot.conversation.ConversationMemory;
import dev.newsdesk.bot.conversation.TopicCue;
import dev.newsdesk.bot.conversation.Turn;
import dev.newsdesk.retrieval.search.DateWidening;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.Retriever;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.TimeScope;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers a question along one path: check it → {@link QueryPlanner} (standalone question, as-of,
 * time scope) → retrieve, widening the dates only when nothing is found in them ({@link
 * DateWidening}) → {@link NumberedSources}, built once → {@link Composer} with the whole {@link
 * ComposeRequest} → {@link CitationChecker} (for every composer) → {@link Answer} with its
 * provenance and the dates searched; then the turn is remembered.
 *
 * <p>A question that asks what is new and names no topic ({@link HeadlinesQuestion}: "What's in the
 * news today?") is answered from the opening passages of the newest articles within its dates,
 * widened like any other when the dates are recent and hold none.
 *
 * <p>A follow-up rewritten with the previous turn's topic that finds no answer is tried once more as
 * asked, on its own: it may start a new topic without saying so ("ok and the whale hall ticket
 * price" after a question about a hospital ward); one that points back with a pronoun ("How heavy
 * is it?") is not.
 *
 * <p>When a composer declines on news from recent dates the question named ("today", "this
 * week"), the search is widened once and the answer says first that nothing from those dates
 * answers ({@link ScopeNote}); for older dates ("in 2022") it says that nothing then answers.
 */
public final class AnsweringService {

  private final QueryPlanner planner;
  private final DateWidening widening;
  private final Composer composer;
  private final ConversationMemory memory;
  private final int maxQuestionLength;
  private final AnswerObserver observer;
  private final CitationChecker checker = new CitationChecker();
  /**
   * Dates this close to the as-of instant ("today", "this week") are widened when nothing in them
   * answers, with a note; a question about an older period ("in 2022") is answered from that period
   * or not at all.
   */
  static final Duration RECENT = Duration.ofDays(7);
  /** How many times the planned passages the search for {@link #readFurther} asks for. */
  private static final int FURTHER_PASSAGES = 3;
  /** The most passages of one article {@link #readFurther} reads. */
  private static final int FURTHER_PER_ARTICLE = 8;

  /**
   * @param maxQuestionLength the longest question taken, in characters (UTF-16 units)
   * @param observer hears every answer and refusal (metrics)
   */
  public AnsweringService(QueryPlanner planner, Retriever retriever, Composer composer, ConversationMemory memory,
      int maxQuestionLength, AnswerObserver observer) {
    this.planner = planner;
    this.widening = new DateWidening(retriever);
    this.composer = composer;
    this.memory = memory;
    this.maxQuestionLength = maxQuestionLength;
    this.observer = observer;
  }

  /** The answer to one question on its own; see {@link #answer(Question, AnswerListener)}. */
  public Answer answer(String question) {
    return answer(Question.of(question), AnswerListener.NONE);
  }

  /**
   * The answer to a question; a question the bot will not take throws {@link
   * RejectedQuestionException} with the reason, written for the user; a broken index throws
   * {@link dev.newsdesk.retrieval.RetrievalException}.
   */
  public Answer answer(Question question, AnswerListener listener) {
    long start = System.nanoTime();
    String asked;
    try {
      asked = check(question.text());
    } catch (RejectedQuestionException e) {
      observer.rejected(question);
      throw e;
    }
    List<Turn> history = question.conversationKey().map(memory::history).orElse(List.of());
    QueryPlan plan = planner.plan(question, asked, history);
    Answer answer = attempt(plan, listener);
    // a follow-up rewritten with the old topic that finds nothing may be a new topic said without a cue
    if (answer.abstained() && plan.rewritten() && !TopicCue.of(asked).pointsBack()) {
      QueryPlan alone = planner.plan(question, asked, List.of());
      Answer fresh = attempt(alone, AnswerListener.NONE);
      if (!fresh.abstained()) {
        plan = alone;
        answer = fresh;
      }
    }
    Answer finished = ScopeNote.nothingThen(answer, plan);
    String standalone = plan.standalone();
    question.conversationKey().ifPresent(key -> memory.remember(key, asked, standalone, finished.text()));
    observer.answered(question, finished, Duration.ofNanos(System.nanoTime() - start));
    return finished;
  }

  /**
   * Retrieves and composes for one plan: within its dates (widened at once when they are recent and
   * hold nothing), then, when the composer abstains on dates that were recent or only carried from
   * the previous turn, once more over all dates (the fine came after the recall); a past day nothing
   * published then answers, from the articles that write that day; and, still abstaining, once more
   * by relevance alone, without the recency prior (an older article that matches best); and still
   * abstaining, the articles found are read further ({@link #readFurther}).
   */
  private Answer attempt(QueryPlan plan, AnswerListener listener) {
    boolean recent = plan.scope().map(s -> !s.to().isBefore(plan.asOf().minus(RECENT))).orElse(true);
    if (plan.headlines()) {
      // "What's in the news today?": the newest articles, not the best matches of "news"
      return compose(plan, widening.newest(plan.request(), recent), listener);
    }
    if (plan.latestOn().isPresent()) {
      // "What's new in Brennick?": the newest of many articles about Brennick, not the few that match it best
      SearchRequest deep = plan.request().withK(plan.request().k() * NewestOnTopic.POOL_DEPTH);
      DateWidening.Retrieval pool = recent ? widening.retrieve(deep) : widening.within(deep);
      return compose(plan, NewestOnTopic.newest(pool, plan.latestOn().get(), plan.request().k()), listener);
    }
    DateWidening.Retrieval found = recent ? widening.retrieve(plan.request()) : widening.within(plan.request());
    Answer answer = compose(plan, found, listener);
    if (answer.abstained() && plan.scope().isPresent() && !found.widened() && (recent || plan.scopeCarried())) {
      answer = compose(plan, widening.widen(plan.request()), AnswerListener.NONE);
    } else if (answer.abstained() && plan.scope().isPresent() && !found.widened()) {
      answer = toldOfTheDay(plan).orElse(answer);
    }
    if (answer.abstained() && (plan.scope().isEmpty() || recent || plan.scopeCarried())) {
      // the recency prior may have pushed an older article that matches best out of the passages read;
      // the composer (a model call) is asked again only when that brings passages it has not read
      SearchRequest relevance = plan.request().withoutRecency();
      DateWidening.Retrieval byRelevance = plan.scope().isEmpty() ? widening.within(relevance) : widening.widen(relevance);
      if (!passageKeys(found).containsAll(passageKeys(byRelevance))) {
        Answer older = compose(plan, byRelevance, AnswerListener.NONE);
        answer = older.abstained() ? answer : older;
      }
    }
    // a language model is not called a third time for it: it reads the passages given more widely than quotes do
    if (answer.abstained() && answer.provenance() == Provenance.EXTRACTIVE) {
      answer = readFurther(plan, found).orElse(answer);
    }
    return answer;
  }

  /**
   * Still abstaining, the articles already found are read further: up to {@value #FURTHER_PER_ARTICLE}
   * of their passages each ({@value #FURTHER_PASSAGES} times the planned number in all), not only the
   * best two. The paragraph that answers may be an article's third best: "Who heads the Northfield
   * roads department?" finds the Calder Bridge report by "the Northfield roads department said", while
   * "said Ms. Johanna Krell, head of the roads department" is in a later paragraph. Only articles of
   * the first search are read, so a search this wide brings no new story to answer from (measured: a
   * space launch's crowd had answered how many people died in a heatwave). Only the offline composer's
   * abstention is read further; a language model's is not asked a third time. Empty when that reads
   * nothing new or still abstains.
   */
  private Optional<Answer> readFurther(QueryPlan plan, DateWidening.Retrieval found) {
    // a widened search already reads deeper (DateWidening.WIDENED_DEPTH): ask it for fewer, so both read as many
    int passages = plan.request().k() * FURTHER_PASSAGES;
    SearchRequest further = plan.request()
        .withK(found.widened() ? Math.max(1, passages / DateWidening.WIDENED_DEPTH) : passages)
        .withMaxPerArticle(Math.max(plan.request().maxPerArticle(), FURTHER_PER_ARTICLE));
    DateWidening.Retrieval wider = found.widened() ? widening.widen(further) : widening.within(further);
    Set<String> articles = found.passages().stream().map(RetrievedPassage::articleId).collect(Collectors.toSet());
    DateWidening.Retrieval deeper = new DateWidening.Retrieval(
        wider.passages().stream().filter(p -> articles.contains(p.articleId())).toList(), wider.request(),
        wider.widened());
    if (deeper.passages().isEmpty() || passageKeys(found).containsAll(passageKeys(deeper))) {
      return Optional.empty();
    }
    Answer read = compose(plan, deeper, AnswerListener.NONE);
    return read.abstained() ? Optional.empty() : Optional.of(read);
  }

  /**
   * For a question about one past day or year that nothing published then answers ("Which site was
   * the probe to fly from on 9 July?", told in a report of 6 July; "What was the hottest temperature in
   * Kallby in 2019?", told in 2026), the answer from the passages of any date that write that day
   * ("9 July", "July 9th", "2026-07-09") or year ("2019"), marked as widened so its note says nothing
   * from those dates themselves answers; empty when none writes it or they do not answer.
   */
  private Optional<Answer> toldOfTheDay(QueryPlan plan) {
    TimeScope scope = plan.scope().orElseThrow();
    LocalDate day = scope.from().atZone(ZoneOffset.UTC).toLocalDate();
    if (!scope.singleDay() && !scope.wholeYear()) {
      return Optional.empty();
    }
    // "the hottest day in Kallby in 2019", told in a report of 2026: the year as news writes it
    java.util.function.Predicate<String> writes = scope.wholeYear()
        ? text -> ArticleCheck.writesYear(text, String.valueOf(day.getYear())) : dayWritten(day).asPredicate();
    DateWidening.Retrieval all = widening.widen(plan.request());
    List<RetrievedPassage> telling = all.passages().stream().filter(p -> writes.test(p.text())).toList();
    if (telling.isEmpty()) {
      return Optional.empty();
    }
    Answer told = compose(plan, new DateWidening.Retrieval(telling, all.request(), true), AnswerListener.NONE);
    return told.abstained() ? Optional.empty() : Optional.of(told);
  }

  /** The day as news writes it: "9 July", "9th July", "July 9", "Jul. 9th", "2026-07-09". */
  private static Pattern dayWritten(LocalDate day) {
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String months = "(?:" + month + "|" + month.substring(0, 3) + "\\.?)";
    String d = day.getDayOfMonth() + "(?:st|nd|rd|th)?";
    return Pattern.compile("(?i)(?<!\\d)" + d + "\\s+(?:of\\s+)?" + months + "\\b|\\b" + months + "\\s+" + d + "(?!\\d)|"
        + Pattern.quote(day.toString()));
  }

  /** Which passages a search found (article and passage number; their scores differ between rankings). */
  private static Set<String> passageKeys(DateWidening.Retrieval found) {
    return found.passages().stream().map(p -> p.articleId() + "#" + p.ordinal()).collect(Collectors.toSet());
  }

  /** Forgets a conversation, so the next question starts afresh. */
  public void reset(String conversationKey) {
    memory.forget(conversationKey);
  }

  private Answer compose(QueryPlan plan, DateWidening.Retrieval found, AnswerListener listener) {
    NumberedSources sources = NumberedSources.of(found.passages());
    Draft draft = sources.isEmpty()
        ? Draft.abstention(Abstention.NOT_FOUND, Provenance.EXTRACTIVE)
        : composer.compose(new ComposeRequest(plan, sources, found.widened()), listener);
    CitationChecker.Checked checked = checker.check(draft.text(), sources);
    Answer answer;
    if (draft.abstained() || checked.text().isBlank()) {
      String text = draft.abstained() ? checked.text() : Abstention.NOT_FOUND;
      answer = new Answer(text.isBlank() ? Abstention.NOT_FOUND : text, true, List.of(), draft.provenance(),
          ScopeNote.dates(plan, found));
    } else {
      Provenance provenance = checked.sources().isEmpty() && draft.provenance() == Provenance.MODEL
          ? Provenance.MODEL_UNCITED : draft.provenance();
      answer = new Answer(checked.text(), false, checked.sources(), provenance, ScopeNote.dates(plan, found));
    }
    return ScopeNote.lead(answer, plan, found);
  }

  private String check(String question) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      throw new RejectedQuestionException("Please ask a question about the news.");
    }
    if (q.length() > maxQuestionLength) {
      throw new RejectedQuestionException(
          String.format(
              Locale.ROOT,
              "That question is %,d characters long; the limit is %,d (answer.max-question-length). "
                  + "Please ask something shorter.",
              q.length(),
              maxQuestionLength));
    }
    return q;
  }
}
