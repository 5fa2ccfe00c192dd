package dev.newsdesk.bot.watch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each scheduled briefing once a day: when the subscriber's local time has reached its
 * briefing time and today's has not gone out yet (recorded in the database, so a restart does not
 * send it again). A subscriber whose channel is not running waits.
 */
public final class BriefingSchedule implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(BriefingSchedule.class);

  private final Subscriptions subscriptions;
  private final Briefings briefings;
  private final Map<Subscriber.Kind, AlertSender> senders;
  private final Clock clock;

  BriefingSchedule(Subscriptions subscriptions, Briefings briefings, Map<Subscriber.Kind, AlertSender> senders,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.briefings = briefings;
    this.senders = senders;
    this.clock = clock;
  }

  @Override
  public void run() {
    for (Subscriptions.BriefingTime due : subscriptions.briefingTimes()) {
      ZonedDateTime local = clock.instant().atZone(due.zone());
      LocalDate today = local.toLocalDate();
      AlertSender sender = senders.get(due.subscriber().kind());
      if (sender == null || local.toLocalTime().isBefore(due.time())
          || due.lastSentDay().filter(today.toString()::equals).isPresent()) {
        continue;
      }
      try {
        sender.send(due.subscriber(), briefings.compose(subscriptions.of(due.subscriber()), due.zone()));
        subscriptions.briefingSent(due.subscriber(), today.toString());
      } catch (AlertSender.SubscriberGone e) {
        subscriptions.pause(due.subscriber());
      } catch (Exception e) {
        log.warn("could not send the briefing to {} (will try again): {}", due.subscriber(), e.toString());
      }
    }
  }
}
