package dev.newsdesk.bot.channel.slack;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.channel.AccessList;
import dev.newsdesk.bot.channel.RateLimiter;
import dev.newsdesk.bot.story.StoryTimelines;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the chat policy to a Slack question (allowed workspace and channel, once per message,
 * per-user rate limit) and answers it on a bounded pool, off Slack's request thread, so Slack
 * gets its acknowledgement within three seconds whatever the answer costs.
 */
final class SlackResponder implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackResponder.class);

  /** Sends one mrkdwn message back to where the question was asked. */
  @FunctionalInterface
  interface Reply {
    void send(String mrkdwn) throws Exception;
  }

  /** {@code timeline <topic>}: the command word, then the topic (possibly none). */
  private static final java.util.regex.Pattern TIMELINE = java.util.regex.Pattern.compile("(?is)timeline(?:\\s+(.*))?");

  /** What became of a question. */
  enum Outcome { TAKEN, NOT_ALLOWED, REPEAT }

  private final AnsweringService answering;
  private final StoryTimelines timelines;
  private final AccessList teams;
  private final AccessList channels;
  private final RateLimiter rateLimiter;
  private final SeenMessages seen;
  private final ExecutorService workers;
  private java.util.Optional<SlackFeedback> feedback = java.util.Optional.empty();

  /** Remembers each answer for the feedback buttons. */
  void rememberAnswersFor(SlackFeedback buttons) {
    this.feedback = java.util.Optional.of(buttons);
  }

  SlackResponder(AnsweringService answering, StoryTimelines timelines, AccessList teams, AccessList channels, RateLimiter rateLimiter,
      SeenMessages seen, ExecutorService workers) {
    this.answering = answering;
    this.timelines = timelines;
    this.teams = teams;
    this.channels = channels;
    this.rateLimiter = rateLimiter;
    this.seen = seen;
    this.workers = workers;
  }

  /** Takes a question unless it is from elsewhere or a repeat; the answer follows through the reply. */
  Outcome take(SlackQuestion question, Reply reply) {
    return take(question, reply, () -> answer(question));
  }

  /** As {@link #take}, for {@code /news timeline <topic>}: the story's timeline follows through the reply. */
  Outcome timeline(SlackQuestion question, String topic, Reply reply) {
    return take(question, reply, () -> timeline(question, topic));
  }

  /** The topic of {@code timeline <topic>} (the word in any case; the topic may be empty); empty for other text. */
  static java.util.Optional<String> timelineTopic(String text) {
    java.util.regex.Matcher m = TIMELINE.matcher(text.strip());
    return m.matches() ? java.util.Optional.of(m.group(1) == null ? "" : m.group(1).strip()) : java.util.Optional.empty();
  }

  private Outcome take(SlackQuestion question, Reply reply, java.util.function.Supplier<String> work) {
    if (!teams.allows(question.team()) || !channels.allows(question.channel())) {
      log.debug("ignored a question from workspace {} channel {}: not allowed", question.team(), question.channel());
      return Outcome.NOT_ALLOWED;
    }
    if (!seen.firstTime(question.messageKey())) {
      log.debug("ignored a repeat of Slack message {}", question.messageKey());
      return Outcome.REPEAT;
    }
    String user = "slack:" + question.team() + ":" + question.user();
    boolean allowed = rateLimiter.tryAcquire(user);
    try {
      workers.execute(() -> send(reply, allowed ? work.get() : slowDown(user)));
    } catch (RejectedExecutionException e) {
      send(reply, "I'm answering many questions right now; please ask again in a minute.");
    }
    return Outcome.TAKEN;
  }

  private String slowDown(String user) {
    Duration wait = rateLimiter.retryAfter(user);
    return "You're asking faster than I can keep up with; please try again in "
        + Math.max(1, wait.toSeconds()) + " s.";
  }

  private String answer(SlackQuestion question) {
    try {
      Answer answer = answering.answer(Question.in(question.conversationKey(), question.text()), AnswerListener.NONE);
      feedback.ifPresent(f -> f.answered(question.messageKey(), question.conversationKey(), question.text(), answer));
      return SlackMrkdwn.render(answer);
    } catch (RejectedQuestionException e) {
      return SlackMrkdwn.escape(e.getMessage());
    } catch (RuntimeException e) {
      log.error("could not answer a Slack question in channel {}", question.channel(), e);
      return "Sorry, I could not answer that just now: something went wrong on my side. Please try again later.";
    }
  }

  private String timeline(SlackQuestion question, String topic) {
    try {
      return SlackMrkdwn.render(timelines.timeline(Question.of(topic)).asAnswer());
    } catch (RejectedQuestionException e) {
      return SlackMrkdwn.escape(e.getMessage());
    } catch (RuntimeException e) {
      log.error("could not build a Slack timeline in channel {}", question.channel(), e);
      return "Sorry, I could not build that timeline just now: something went wrong on my side. Please try again later.";
    }
  }

  private static void send(Reply reply, String mrkdwn) {
    try {
      reply.send(mrkdwn);
    } catch (Exception e) {
      log.error("could not send a reply to Slack: {}", e.toString());
    }
  }

  /** Runs work on the answering pool, off Slack's request thread; false when the pool is full. */
  boolean later(Runnable work) {
    try {
      workers.execute(work);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Lets answers in progress finish for a few seconds, then stops. */
  @Override
  public void close() {
    dev.newsdesk.bot.channel.Workers.stop(workers, java.time.Duration.ofSeconds(10));
  }
}
