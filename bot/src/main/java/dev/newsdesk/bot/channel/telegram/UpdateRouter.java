package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.channel.AccessList;
import dev.newsdesk.bot.channel.RateLimiter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives the updates of the polling loop: keeps what is for the bot, from allowed chats and
 * users, within the rate limit, and queues it per chat. It never throws, because an exception here
 * would end TelegramBots' polling loop.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

  private final RequestReader reader;
  private final RequestHandler handler;
  private final ChatQueues queues;
  private final AccessList chats;
  private final AccessList users;
  private final RateLimiter limiter;

  UpdateRouter(RequestReader reader, RequestHandler handler, ChatQueues queues, AccessList chats, AccessList users,
      RateLimiter limiter) {
    this.reader = reader;
    this.handler = handler;
    this.queues = queues;
    this.chats = chats;
    this.users = users;
    this.limiter = limiter;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      try {
        if (update != null && update.hasCallbackQuery() && TelegramFeedback.isFeedback(update.getCallbackQuery())
            && update.getCallbackQuery().getMessage() != null) {
          long chat = update.getCallbackQuery().getMessage().getChatId();
          queues.submit(chat, () -> handler.pressed(update.getCallbackQuery()));
          continue;
        }
        reader.read(update).ifPresent(this::route);
      } catch (RuntimeException | LinkageError e) {
        log.warn("skipped update {} that could not be handled", Optional.ofNullable(update).map(Update::getUpdateId), e);
      }
    }
  }

  private void route(Request request) {
    if (!chats.allows(Long.toString(request.chatId())) || !users.allows(Long.toString(request.userId()))) {
      log.info("ignored a message from user {} in chat {}: not on the allow-list", request.userId(), request.chatId());
      return;
    }
    String user = "tg:" + request.userId();
    Runnable work = () -> handler.handle(request);
    if (request.command().costly() && !limiter.tryAcquire(user)) {
      work = () -> handler.tooFast(request, limiter.retryAfter(user));
    }
    if (!queues.submit(request.chatId(), work)) {
      handler.busy(request);
    }
  }
}
