package dev.newsdesk.bot.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox: a subscriber's alerts wait until the oldest is {@code batch} old, then go out
 * together as one message; at most {@code maxPerHour} articles per subscriber in any hour, the rest
 * held back (the subscriber is told once, with the time they resume). A channel's refusal for good
 * (a Telegram 403) pauses the subscriber; any other failure is tried again on the next round.
 */
final class AlertDelivery {

  private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);
  private static final Duration HOUR = Duration.ofHours(1);

  private final Outbox outbox;
  private final Subscriptions subscriptions;
  private final Map<Subscriber.Kind, AlertSender> senders;
  private final Clock clock;
  private final Duration batch;
  private final int maxPerHour;
  private final Map<Subscriber, Instant> toldUntil = new ConcurrentHashMap<>();
  private final DeliveryObserver observer;

  AlertDelivery(Outbox outbox, Subscriptions subscriptions, Map<Subscriber.Kind, AlertSender> senders, Clock clock,
      Duration batch, int maxPerHour, DeliveryObserver observer) {
    this.outbox = outbox;
    this.subscriptions = subscriptions;
    this.senders = senders;
    this.clock = clock;
    this.batch = batch;
    this.maxPerHour = maxPerHour;
    this.observer = observer;
  }

  /** Hears each alert item delivered, with the instant its row was created (for latency figures). */
  @FunctionalInterface
  interface DeliveryObserver {
    DeliveryObserver NONE = (to, created, at) -> {};

    void delivered(Subscriber to, Instant created, Instant at);
  }

  /** One round: sends what is due to every subscriber whose channel is running. */
  void deliverDue() {
    Map<Subscriber, List<Outbox.Pending>> bySubscriber = new LinkedHashMap<>();
    for (Outbox.Pending p : outbox.pending()) {
      bySubscriber.computeIfAbsent(p.subscriber(), s -> new ArrayList<>()).add(p);
    }
    Instant now = clock.instant();
    bySubscriber.forEach((to, rows) -> {
      AlertSender sender = senders.get(to.kind());
      if (sender != null && !now.isBefore(rows.get(0).created().plus(batch))) {
        deliver(to, rows, sender, now);
      }
    });
  }

  private void deliver(Subscriber to, List<Outbox.Pending> rows, AlertSender sender, Instant now) {
    Instant windowStart = now.minus(HOUR);
    int remaining = maxPerHour - outbox.sentSince(to, windowStart);
    Instant resumes = outbox.firstSentSince(to, windowStart).orElse(now).plus(HOUR);
    List<Outbox.Pending> now_ = rows.subList(0, Math.max(0, Math.min(remaining, rows.size())));
    int held = rows.size() - now_.size();
    if (now_.isEmpty()) {
      if (toldUntil.getOrDefault(to, Instant.MIN).isBefore(now)) {
        send(to, sender, new Notice.Alerts(List.of(), held, Optional.of(resumes)), List.of(), now);
        toldUntil.put(to, resumes);
      }
      return;
    }
    Notice.Alerts notice = new Notice.Alerts(now_.stream().map(Outbox.Pending::item).toList(), held,
        held > 0 ? Optional.of(resumes) : Optional.empty());
    if (send(to, sender, notice, now_, now) && held > 0) {
      toldUntil.put(to, resumes);
    }
  }

  private boolean send(Subscriber to, AlertSender sender, Notice notice, List<Outbox.Pending> rows, Instant now) {
    try {
      sender.send(to, notice);
    } catch (AlertSender.SubscriberGone e) {
      log.info("pausing {}: {}", to, e.getMessage());
      subscriptions.pause(to);
      return false;
    } catch (Exception e) {
      log.warn("could not deliver alerts to {} (will try again): {}", to, e.toString());
      return false;
    }
    outbox.markSent(rows.stream().map(Outbox.Pending::id).toList(), now);
    rows.forEach(r -> observer.delivered(to, r.created(), clock.instant()));
    return true;
  }
}
