package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.channel.RateLimiter;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the hooks share: the per-user rate limit, and the answer rendered in the platform's
 * Markdown within its length limit.
 */
final class HookResponder {

  private static final Logger log = LoggerFactory.getLogger(HookResponder.class);

  private final String platform;
  private final AnsweringService answering;
  private final RateLimiter rateLimiter;
  private final int maxLength;
  private final BiFunction<Answer, Integer, String> render;

  /** A responder that renders answers in the Markdown Mattermost and Rocket.Chat share. */
  HookResponder(String platform, AnsweringService answering, RateLimiter rateLimiter, int maxLength) {
    this(platform, answering, rateLimiter, maxLength, HookMarkdown::render);
  }

  /** A responder with its own rendering of an answer within a length limit. */
  HookResponder(String platform, AnsweringService answering, RateLimiter rateLimiter, int maxLength,
      BiFunction<Answer, Integer, String> render) {
    this.platform = platform;
    this.answering = answering;
    this.rateLimiter = rateLimiter;
    this.maxLength = maxLength;
    this.render = render;
  }

  /** The reply to a question from a user in a conversation: the answer, or why there is none. */
  String reply(String user, String conversationKey, String question) {
    String who = platform + ":" + user;
    if (!rateLimiter.tryAcquire(who)) {
      long seconds = Math.max(1, rateLimiter.retryAfter(who).toSeconds());
      return "You're asking faster than I can keep up with; please try again in " + seconds + " s.";
    }
    try {
      Answer answer = answering.answer(Question.in(conversationKey, question), AnswerListener.NONE);
      return render.apply(answer, maxLength);
    } catch (RejectedQuestionException e) {
      return HookMarkdown.plain(e.getMessage(), maxLength);
    } catch (RuntimeException e) {
      log.error("could not answer a {} question in {}", platform, conversationKey, e);
      return "Sorry, I could not answer that just now: something went wrong on my side. Please try again later.";
    }
  }
}
