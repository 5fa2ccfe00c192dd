package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.bot.story.StoryTimelines;
import dev.newsdesk.retrieval.RetrievalException;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import dev.newsdesk.bot.watch.CommandReply;
import dev.newsdesk.bot.watch.Subscriber;
import dev.newsdesk.bot.watch.WatchCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Carries out one request on a worker: answers, lists sources or headlines, resets, helps; tells the user honestly when something fails. */
final class RequestHandler {

  private static final Logger log = LoggerFactory.getLogger(RequestHandler.class);
  private static final int HEADLINES = 10;
  private static final Duration TYPING_REFRESH = Duration.ofSeconds(4);
  private static final Duration EDIT_INTERVAL = Duration.ofSeconds(1);

  private final AnsweringService answering;
  private final LatestHeadlines latest;
  private final StoryTimelines timelines;
  private final TelegramSender sender;
  private final RequestReader reader;
  private final ScheduledExecutorService typingTicker;
  private final Clock clock;
  private final TelegramRenderer renderer = new TelegramRenderer();
  private final RecentMap<String, Answer> lastAnswers = new RecentMap<>(10_000);
  private final Optional<WatchCommands> watch;
  private final TelegramFeedback feedback;
  private final TelegramNotices notices = new TelegramNotices();

  RequestHandler(AnsweringService answering, LatestHeadlines latest, StoryTimelines timelines, TelegramSender sender,
      RequestReader reader, ScheduledExecutorService typingTicker, Clock clock, Optional<WatchCommands> watch,
      TelegramFeedback feedback) {
    this.watch = watch;
    this.feedback = feedback;
    this.answering = answering;
    this.latest = latest;
    this.timelines = timelines;
    this.sender = sender;
    this.reader = reader;
    this.typingTicker = typingTicker;
    this.clock = clock;
  }

  void handle(Request request) {
    try {
      switch (request.command()) {
        case ASK -> ask(request);
        case LATEST -> reply(request, renderer.headlines(latest.latest(request.argument(), HEADLINES), request.argument()));
        case TIMELINE -> reply(request, renderer.answer(timelines.timeline(Question.of(request.argument())).asAnswer()));
        case SOURCES -> reply(request, renderer.sourcesWithExcerpts(lastAnswer(request)));
        case RESET -> reset(request);
        case START, HELP -> reply(request, Command.HELP_TEXT);
        case FOLLOW, FOLLOWING, UNFOLLOW, BRIEFING -> watchCommand(request);
      }
    } catch (RejectedQuestionException e) {
      quietly(request, TelegramHtml.escape(e.getMessage()));
    } catch (RetrievalException e) {
      log.error("search failed for a question in chat {}", request.chatId(), e);
      quietly(request, "Sorry, the news index could not be searched just now. Please try again in a while.");
    } catch (TelegramApiException e) {
      log.warn("could not reply in chat {}: {}", request.chatId(), e.getMessage());
    } catch (RuntimeException e) {
      log.error("failed to answer in chat {}", request.chatId(), e);
      quietly(request, "Sorry, something went wrong while answering. Please try again.");
    }
  }

  /** A press of a 👍 / 👎 button under an answer. */
  void pressed(org.telegram.telegrambots.meta.api.objects.CallbackQuery query) {
    try {
      feedback.pressed(query);
    } catch (TelegramApiException | RuntimeException e) {
      log.warn("could not take a feedback press: {}", e.getMessage());
    }
  }

  /** The polite reply to a user who asks faster than the rate limit allows. */
  void tooFast(Request request, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    quietly(request, "You are asking faster than I can keep up with. Please wait " + seconds
        + (seconds == 1 ? " second" : " seconds") + " before the next question.");
  }

  /** The reply when too many questions are already waiting. */
  void busy(Request request) {
    quietly(request, "I am busy answering other questions. Please ask again in a minute.");
  }

  private void ask(Request request) throws TelegramApiException {
    // the first typing action is always sent (on the ticker, so a slow Telegram call never delays the
    // answer); cancelling the refresh when the answer is done cannot drop it
    typingTicker.execute(() -> sender.typing(request.chatId()));
    ScheduledFuture<?> typing = typingTicker.scheduleAtFixedRate(() -> sender.typing(request.chatId()),
        TYPING_REFRESH.toMillis(), TYPING_REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    try {
      StreamingReply reply = new StreamingReply(sender, renderer, request.chatId(), replyTo(request), clock, EDIT_INTERVAL);
      Answer answer = answering.answer(Question.in(request.conversationKey(), request.argument()), reply);
      typing.cancel(false);
      remember(request, answer);
      List<Integer> sent = reply.finish(renderer.answer(answer));
      if (!sent.isEmpty()) {
        feedback.offer(request.chatId(), sent.get(sent.size() - 1), request.conversationKey(), request.argument(), answer);
      }
      if (!request.privateChat()) {
        sent.forEach(id -> reader.rememberThread(request.chatId(), id, request.threadRoot()));
      }
    } finally {
      typing.cancel(false);
    }
  }

  /** Follow, following, unfollow and briefing: the chat (private or group) is the subscriber. */
  private void watchCommand(Request request) throws TelegramApiException {
    if (watch.isEmpty()) {
      reply(request, "Following topics is not available here.");
      return;
    }
    Subscriber chat = Subscriber.telegram(request.chatId());
    CommandReply answer = switch (request.command()) {
      case FOLLOW -> watch.get().follow(chat, request.argument());
      case FOLLOWING -> watch.get().following(chat);
      case UNFOLLOW -> watch.get().unfollow(chat, request.argument());
      default -> watch.get().briefing(chat, request.argument());
    };
    reply(request, answer instanceof CommandReply.Text text ? TelegramHtml.escape(text.text())
        : notices.briefing(((CommandReply.Briefing) answer).briefing()));
  }

  private void remember(Request request, Answer answer) {
    lastAnswers.put(request.conversationKey(), answer);
    lastAnswers.put(chatKey(request), answer);
  }

  private Optional<Answer> lastAnswer(Request request) {
    return lastAnswers.get(request.conversationKey()).or(() -> lastAnswers.get(chatKey(request)));
  }

  private void reset(Request request) throws TelegramApiException {
    if (!request.privateChat() && request.threadRoot() == request.messageId()) {
      reply(request, "In a group every mention starts a new conversation. Reply /reset to one of my answers "
          + "to forget that thread.");
      return;
    }
    answering.reset(request.conversationKey());
    lastAnswers.remove(request.conversationKey());
    reply(request, "Conversation forgotten; the next question starts afresh.");
  }

  private void reply(Request request, String html) throws TelegramApiException {
    List<Integer> sent = sender.send(request.chatId(), replyTo(request), html);
    if (!request.privateChat()) {
      sent.forEach(id -> reader.rememberThread(request.chatId(), id, request.threadRoot()));
    }
  }

  private void quietly(Request request, String html) {
    try {
      reply(request, html);
    } catch (TelegramApiException | RuntimeException e) {
      log.warn("could not reply in chat {}: {}", request.chatId(), e.getMessage());
    }
  }

  private static Optional<Integer> replyTo(Request request) {
    return request.privateChat() ? Optional.empty() : Optional.of(request.messageId());
  }

  private static String chatKey(Request request) {
    return "tg:" + request.chatId();
  }
}
