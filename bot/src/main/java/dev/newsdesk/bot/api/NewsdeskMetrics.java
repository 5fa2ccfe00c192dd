package dev.newsdesk.bot.api;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerObserver;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.retrieval.index.NewsIndex;
import dev.newsdesk.retrieval.ingest.FeedPoller;
import dev.newsdesk.bot.feedback.Feedback;
import dev.newsdesk.bot.feedback.FeedbackStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * What operators watch, in Prometheus' format at {@code /metrics}: questions, answer latency,
 * abstentions, model fallbacks, articles ingested, feed errors, and the index's size.
 */
public final class NewsdeskMetrics implements AnswerObserver {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter questions = Counter.builder("newsdesk_questions").description("questions answered").register(registry);
  private final Counter rejected = Counter.builder("newsdesk_questions_rejected").description("questions refused (empty, too long)").register(registry);
  private final Counter abstentions = Counter.builder("newsdesk_abstentions").description("answers saying the news does not answer").register(registry);
  private final Counter fallbacks = Counter.builder("newsdesk_model_fallbacks").description("answers given by the extractive composer because the model failed").register(registry);
  private final Counter ingested = Counter.builder("newsdesk_articles_ingested").description("articles added or updated").register(registry);
  private final Counter feedErrors = Counter.builder("newsdesk_feed_errors")
      .description("failed feed polls, and feed items skipped or left with their summary").register(registry);
  private final Timer latency = Timer.builder("newsdesk_answer_latency").description("time to answer a question")
      .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(2))
      .register(registry);

  private final java.util.List<FeedbackStore> counted = new java.util.concurrent.CopyOnWriteArrayList<>();

  public NewsdeskMetrics(NewsIndex index) {
    Gauge.builder("newsdesk_index_size_bytes", index, NewsIndex::sizeOnDisk).description("index size on disk")
        .register(registry);
    Gauge.builder("newsdesk_index_articles", index, NewsIndex::articleCount).description("articles in the index")
        .register(registry);
  }

  @Override
  public void answered(Question question, Answer answer, Duration took) {
    questions.increment();
    latency.record(took);
    if (answer.abstained()) {
      abstentions.increment();
    }
    if (answer.provenance() == Provenance.EXTRACTIVE_FALLBACK) {
      fallbacks.increment();
    }
  }

  @Override
  public void rejected(Question question) {
    rejected.increment();
  }

  /** Counts what one feed poll did. */
  public void polled(FeedPoller.Polled polled) {
    if (polled.state().lastError().isPresent()) {
      feedErrors.increment();
    }
    feedErrors.increment(polled.itemProblems().size());
    polled.report().ifPresent(r -> ingested.increment(r.added() + r.updated()));
  }

  /**
   * Counts the votes on answers as {@code newsdesk_feedback_total{vote="up"|"down"}}, read from the
   * store at each scrape (so the totals survive restarts).
   */
  public void countFeedback(FeedbackStore store) {
    counted.add(store); // Micrometer holds the counted object weakly
    for (Feedback.Vote vote : Feedback.Vote.values()) {
      FunctionCounter.builder("newsdesk_feedback", store, s -> s.count(vote)).tag("vote", vote.key())
          .description("votes on answers (Telegram and Slack buttons, POST /api/feedback)").register(registry);
    }
  }

  /** The metrics in Prometheus' text format. */
  public String scrape() {
    return registry.scrape();
  }
}
