package dev.newsdesk.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recent turns of each conversation (a chat, a thread), bounded by turns and by tokens, and
 * forgotten when idle longer than the expiry. Thread-safe.
 */
public final class ConversationMemory {

  private final int maxTurns;
  private final int maxTokens;
  private final Duration idleExpiry;
  private final Clock clock;
  private final Map<String, Deque<Turn>> conversations = new ConcurrentHashMap<>();

  public ConversationMemory(int maxTurns, int maxTokens, Duration idleExpiry, Clock clock) {
    if (maxTurns < 1 || maxTokens < 1 || idleExpiry.isNegative() || idleExpiry.isZero()) {
      throw new IllegalArgumentException("memory bounds must be positive");
    }
    this.maxTurns = maxTurns;
    this.maxTokens = maxTokens;
    this.idleExpiry = idleExpiry;
    this.clock = clock;
  }

  /** The conversation's remembered turns, oldest first; empty when new or expired. */
  public List<Turn> history(String key) {
    Deque<Turn> turns = conversations.get(key);
    if (turns == null) {
      return List.of();
    }
    synchronized (turns) {
      if (!turns.isEmpty() && turns.peekLast().at().plus(idleExpiry).isBefore(clock.instant())) {
        conversations.remove(key, turns);
        return List.of();
      }
      return new ArrayList<>(turns);
    }
  }

  /** Remembers a turn, dropping the oldest ones beyond the bounds. */
  public void remember(String key, String asked, String standalone, String answer) {
    Deque<Turn> turns = conversations.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (turns) {
      turns.addLast(new Turn(asked, standalone, answer, clock.instant()));
      while (turns.size() > maxTurns || (turns.size() > 1 && tokens(turns) > maxTokens)) {
        turns.removeFirst();
      }
    }
    evictIdle();
  }

  /** Forgets a conversation (the user said {@code :reset} or {@code /reset}). */
  public void forget(String key) {
    conversations.remove(key);
  }

  private static int tokens(Deque<Turn> turns) {
    return turns.stream().mapToInt(Turn::tokens).sum();
  }

  /** Drops conversations idle past the expiry, so memory does not grow with every chat ever seen. */
  private void evictIdle() {
    Instant cutoff = clock.instant().minus(idleExpiry);
    conversations.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        return e.getValue().isEmpty() || e.getValue().peekLast().at().isBefore(cutoff);
      }
    });
  }
}
