package dev.newsdesk.bot.channel.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/** The pause after a failed {@code getUpdates}: doubling from half a second to half a minute, reset by a success. */
final class PollingBackOff implements BackOff {

  private static final long FIRST_MILLIS = 500;
  private static final long LONGEST_MILLIS = 30_000;

  private long next = FIRST_MILLIS;

  @Override
  public synchronized void reset() {
    next = FIRST_MILLIS;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long pause = next;
    next = Math.min(LONGEST_MILLIS, next * 2);
    return pause;
  }
}
