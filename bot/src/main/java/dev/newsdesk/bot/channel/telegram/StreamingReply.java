package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.answer.AnswerListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Shows a streamed answer as it is written: one message, edited at most once per interval as
 * tokens arrive, and finally replaced by the checked answer (further parts follow as new messages).
 */
final class StreamingReply implements AnswerListener {

  private static final Logger log = LoggerFactory.getLogger(StreamingReply.class);

  private final TelegramSender sender;
  private final TelegramRenderer renderer;
  private final long chatId;
  private final Optional<Integer> replyTo;
  private final Clock clock;
  private final Duration interval;
  private final StringBuilder text = new StringBuilder();
  private Optional<Integer> messageId = Optional.empty();
  private Optional<Instant> lastShown = Optional.empty();
  private boolean previewFailed;

  StreamingReply(TelegramSender sender, TelegramRenderer renderer, long chatId, Optional<Integer> replyTo,
      Clock clock, Duration interval) {
    this.sender = sender;
    this.renderer = renderer;
    this.chatId = chatId;
    this.replyTo = replyTo;
    this.clock = clock;
    this.interval = interval;
  }

  @Override
  public synchronized void token(String token) {
    text.append(token);
    Instant now = clock.instant();
    boolean due = lastShown.map(last -> !now.isBefore(last.plus(interval))).orElse(true);
    if (previewFailed || !due || text.toString().isBlank()) {
      return;
    }
    lastShown = Optional.of(now);
    try {
      if (messageId.isEmpty()) {
        messageId = Optional.of(sender.send(chatId, replyTo, renderer.preview(text.toString())).get(0));
      } else {
        sender.edit(chatId, messageId.get(), renderer.preview(text.toString()));
      }
    } catch (TelegramApiException | RuntimeException e) {
      // The checked answer still arrives in finish(); only the live preview stops.
      previewFailed = true;
      log.warn("could not show the streamed answer in chat {}: {}", chatId, e.getMessage());
    }
  }

  /** Delivers the checked answer: the preview becomes its first part; the ids of all its messages. */
  synchronized List<Integer> finish(String answerHtml) throws TelegramApiException {
    if (messageId.isEmpty()) {
      return sender.send(chatId, replyTo, answerHtml);
    }
    List<String> parts = sender.parts(answerHtml);
    sender.edit(chatId, messageId.get(), parts.get(0));
    List<Integer> ids = new ArrayList<>(List.of(messageId.get()));
    for (String part : parts.subList(1, parts.size())) {
      ids.addAll(sender.send(chatId, Optional.empty(), part));
    }
    return ids;
  }
}
