package dev.newsdesk.bot.watch;

/**
 * Delivers a notice to a subscriber through one channel's own sender (its escaping, limits and
 * retries). Implemented by each channel that can send unasked.
 */
@FunctionalInterface
public interface AlertSender {

  /**
   * Sends the notice.
   *
   * @throws SubscriberGone when the platform says the subscriber blocked the bot or left (no retry)
   * @throws Exception when sending failed for now; the notice is tried again later
   */
  void send(Subscriber to, Notice notice) throws Exception;

  /** The platform refuses to deliver to this subscriber any more (Telegram 403): pause, do not retry. */
  final class SubscriberGone extends Exception {
    public SubscriberGone(String message) {
      super(message);
    }
  }
}
