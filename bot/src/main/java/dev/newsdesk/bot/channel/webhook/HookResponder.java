package dev.newsdesk.bot.channel.webhook;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.channel.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Mattermost and Rocket.Chat hooks share: the token check (in constant time), the per-user
 * rate limit, and the answer rendered in their Markdown within a length limit.
 */
final class HookResponder {

  private static final Logger log = LoggerFactory.getLogger(HookResponder.class);

  private final String platform;
  private final byte[] token;
  private final AnsweringService answering;
  private final RateLimiter rateLimiter;
  private final int maxLength;

  HookResponder(String platform, String token, AnsweringService answering, RateLimiter rateLimiter, int maxLength) {
    this.platform = platform;
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.answering = answering;
    this.rateLimiter = rateLimiter;
    this.maxLength = maxLength;
  }

  /** True when the payload carries the configured token; compared in constant time. */
  boolean authentic(HookPayload payload) {
    return MessageDigest.isEqual(token, payload.get("token").getBytes(StandardCharsets.UTF_8));
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
      return HookMarkdown.render(answer, maxLength);
    } catch (RejectedQuestionException e) {
      return HookMarkdown.plain(e.getMessage(), maxLength);
    } catch (RuntimeException e) {
      log.error("could not answer a {} question in {}", platform, conversationKey, e);
      return "Sorry, I could not answer that just now: something went wrong on my side. Please try again later.";
    }
  }
}
