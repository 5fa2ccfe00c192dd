package dev.newsdesk.bot.channel.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends and edits messages: HTML split into parts Telegram accepts, resent as plain text when
 * Telegram rejects the entities; {@code 429} waits the {@code retry_after} Telegram asks for, and
 * network errors and {@code 5xx} are retried with a growing pause.
 */
final class TelegramSender {

  /** How often a call is tried, the first pause after a network error or 5xx, the longest wait accepted. */
  record Retry(int attempts, Duration firstPause, Duration longestWait) {
    Retry {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1");
      }
    }

    static Retry standard() {
      return new Retry(4, Duration.ofMillis(500), Duration.ofSeconds(60));
    }
  }

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  private final TelegramClient client;
  private final Retry retry;
  private final MessageSplitter html = MessageSplitter.html(MessageSplitter.TELEGRAM_LIMIT);
  private final MessageSplitter plain = MessageSplitter.plain(MessageSplitter.TELEGRAM_LIMIT);

  TelegramSender(TelegramClient client, Retry retry) {
    this.client = client;
    this.retry = retry;
  }

  /** Sends an HTML message in as many parts as it needs, in order; the ids of the messages sent. */
  List<Integer> send(long chatId, Optional<Integer> replyTo, String htmlText) throws TelegramApiException {
    List<Integer> ids = new ArrayList<>();
    for (String part : html.split(htmlText)) {
      ids.addAll(sendPart(chatId, ids.isEmpty() ? replyTo : Optional.empty(), part));
    }
    return ids;
  }

  /** Replaces the text of a message the bot sent; an unchanged text is not an error. */
  void edit(long chatId, int messageId, String htmlPart) throws TelegramApiException {
    try {
      call(edit(chatId, messageId, htmlPart, true));
    } catch (TelegramApiRequestException e) {
      if (says(e, "message is not modified")) {
        return;
      }
      if (!says(e, "can't parse entities")) {
        throw e;
      }
      log.warn("Telegram rejected the HTML of an edit in chat {}; editing as plain text", chatId);
      call(edit(chatId, messageId, plain.split(TelegramHtml.toPlain(htmlPart)).get(0), false));
    }
  }

  /** Shows "typing…" in the chat for a few seconds; best effort, never fails. */
  void typing(long chatId) {
    try {
      client.execute(SendChatAction.builder().chatId(chatId).action("typing").build());
    } catch (TelegramApiException | RuntimeException e) {
      log.debug("could not show typing in chat {}: {}", chatId, e.getMessage());
    }
  }

  /** The splitter for HTML parts, so a streamed message is cut the same way. */
  List<String> parts(String htmlText) {
    return html.split(htmlText);
  }

  private List<Integer> sendPart(long chatId, Optional<Integer> replyTo, String part) throws TelegramApiException {
    try {
      return List.of(call(message(chatId, replyTo, part, true)).getMessageId());
    } catch (TelegramApiRequestException e) {
      if (!says(e, "can't parse entities")) {
        throw e;
      }
      log.warn("Telegram rejected the HTML of a message in chat {}; sending it as plain text", chatId);
      List<Integer> ids = new ArrayList<>();
      for (String text : plain.split(TelegramHtml.toPlain(part))) {
        ids.add(call(message(chatId, ids.isEmpty() ? replyTo : Optional.empty(), text, false)).getMessageId());
      }
      return ids;
    }
  }

  private static SendMessage message(long chatId, Optional<Integer> replyTo, String text, boolean asHtml) {
    SendMessage message = SendMessage.builder().chatId(chatId).text(text)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build();
    if (asHtml) {
      message.setParseMode(ParseMode.HTML);
    }
    replyTo.ifPresent(message::setReplyToMessageId);
    return message;
  }

  private static EditMessageText edit(long chatId, int messageId, String text, boolean asHtml) {
    EditMessageText edit = EditMessageText.builder().chatId(chatId).messageId(messageId).text(text)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build();
    if (asHtml) {
      edit.setParseMode(ParseMode.HTML);
    }
    return edit;
  }

  /** Executes a call, waiting out {@code 429} and retrying network errors and {@code 5xx}. */
  <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.execute(method);
      } catch (TelegramApiValidationException e) {
        throw e;
      } catch (TelegramApiException e) {
        Optional<Duration> pause = pauseBeforeRetry(e, attempt);
        if (pause.isEmpty()) {
          throw e;
        }
        log.info("Telegram {} failed ({}); trying again in {} ms", method.getMethod(), brief(e), pause.get().toMillis());
        sleep(pause.get());
      }
    }
  }

  private Optional<Duration> pauseBeforeRetry(TelegramApiException e, int attempt) {
    if (attempt >= retry.attempts()) {
      return Optional.empty();
    }
    Duration backoff = retry.firstPause().multipliedBy(1L << Math.min(attempt - 1, 10));
    if (!(e instanceof TelegramApiRequestException request) || request.getErrorCode() == null) {
      return Optional.of(backoff);
    }
    int code = request.getErrorCode();
    if (code == 429) {
      Duration wait = Optional.ofNullable(request.getParameters())
          .flatMap(p -> Optional.ofNullable(p.getRetryAfter()))
          .map(Duration::ofSeconds)
          .orElse(backoff);
      return wait.compareTo(retry.longestWait()) <= 0 ? Optional.of(wait) : Optional.empty();
    }
    return code >= 500 ? Optional.of(backoff) : Optional.empty();
  }

  private static boolean says(TelegramApiRequestException e, String phrase) {
    String said = (Optional.ofNullable(e.getApiResponse()).orElse("") + " " + e.getMessage()).toLowerCase(Locale.ROOT);
    return said.contains(phrase);
  }

  private static String brief(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
      return request.getErrorCode() + " " + request.getApiResponse();
    }
    return e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName();
  }

  private static void sleep(Duration pause) throws TelegramApiException {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException("interrupted while waiting to retry", e);
    }
  }
}
