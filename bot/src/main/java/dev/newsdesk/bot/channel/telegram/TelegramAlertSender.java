package dev.newsdesk.bot.channel.telegram;

import dev.newsdesk.bot.watch.AlertSender;
import dev.newsdesk.bot.watch.Notice;
import dev.newsdesk.bot.watch.Subscriber;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends alerts and briefings through the channel's {@link TelegramSender} (splitting, HTML with a
 * plain-text fallback, 429 waits, retries). Telegram's 403 ("bot was blocked by the user", "bot was
 * kicked") and 400 "chat not found" mean the chat is gone: the subscriber is paused, not retried
 * (core.telegram.org/api/errors: 403 FORBIDDEN, 400 BAD_REQUEST).
 */
final class TelegramAlertSender implements AlertSender {

  private final TelegramSender sender;
  private final TelegramNotices notices = new TelegramNotices();

  TelegramAlertSender(TelegramSender sender) {
    this.sender = sender;
  }

  @Override
  public void send(Subscriber to, Notice notice) throws Exception {
    String html = notice instanceof Notice.Alerts alerts ? notices.alerts(alerts)
        : notices.briefing((Notice.Briefing) notice);
    try {
      sender.send(Long.parseLong(to.address()), Optional.empty(), html);
    } catch (TelegramApiRequestException e) {
      Integer code = e.getErrorCode();
      String said = String.valueOf(e.getApiResponse()).toLowerCase(Locale.ROOT);
      if (code != null && (code == 403 || (code == 400 && said.contains("chat not found")))) {
        throw new SubscriberGone("Telegram answered " + code + " " + e.getApiResponse());
      }
      throw e;
    }
  }
}
