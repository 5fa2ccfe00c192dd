package dev.newsdesk.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent turns of each conversation (a chat, a thread), bounded by turns and by tokens per
 * conversation, forgotten when idle longer than the expiry, and bounded as a whole: at most
 * {@code maxConversations} conversations and {@code maxChars} characters (keys and turns together,
 * about two bytes each), the least recently used conversation evicted first. Thread-safe.
 */
public final class ConversationMemory {

  /** Ten thousand conversations. */
  public static final int DEFAULT_MAX_CONVERSATIONS = 10_000;
  /** Sixteen million characters, about 32 MB of heap. */
  public static final long DEFAULT_MAX_CHARS = 16L << 20;

  private final int maxTurns;
  private final int maxTokens;
  private final Duration idleExpiry;
  private final Clock clock;
  private final int maxConversations;
  private final long maxChars;
  // access order: the first entry is the least recently used conversation
  private final LinkedHashMap<String, Deque<Turn>> conversations = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;

  /** A memory with the default bounds on conversations and characters. */
  public ConversationMemory(int maxTurns, int maxTokens, Duration idleExpiry, Clock clock) {
    this(maxTurns, maxTokens, idleExpiry, clock, DEFAULT_MAX_CONVERSATIONS, DEFAULT_MAX_CHARS);
  }

  public ConversationMemory(int maxTurns, int maxTokens, Duration idleExpiry, Clock clock, int maxConversations,
      long maxChars) {
    if (maxTurns < 1 || maxTokens < 1 || idleExpiry.isNegative() || idleExpiry.isZero() || maxConversations < 1
        || maxChars < 1) {
      throw new IllegalArgumentException("memory bounds must be positive");
    }
    this.maxTurns = maxTurns;
    this.maxTokens = maxTokens;
    this.idleExpiry = idleExpiry;
    this.clock = clock;
    this.maxConversations = maxConversations;
    this.maxChars = maxChars;
  }

  /** The conversation's remembered turns, oldest first; empty when new or expired. */
  public synchronized List<Turn> history(String key) {
    Deque<Turn> turns = conversations.get(key);
    if (turns == null) {
      return List.of();
    }
    if (turns.peekLast().at().plus(idleExpiry).isBefore(clock.instant())) {
      forget(key);
      return List.of();
    }
    return new ArrayList<>(turns);
  }

  /** Remembers a turn, dropping the oldest turns beyond the bounds and the least recently used conversations. */
  public synchronized void remember(String key, String asked, String standalone, String answer) {
    Deque<Turn> turns = conversations.get(key);
    if (turns == null) {
      turns = new ArrayDeque<>();
      conversations.put(key, turns);
      chars += key.length();
    }
    Turn turn = new Turn(asked, standalone, answer, clock.instant());
    turns.addLast(turn);
    chars += size(turn);
    while (turns.size() > maxTurns || (turns.size() > 1 && tokens(turns) > maxTokens)) {
      chars -= size(turns.removeFirst());
    }
    evictIdle();
    evictLeastRecent();
  }

  /** Forgets a conversation (the user said {@code :reset} or {@code /reset}). */
  public synchronized void forget(String key) {
    Deque<Turn> turns = conversations.remove(key);
    if (turns != null) {
      chars -= key.length() + turns.stream().mapToLong(ConversationMemory::size).sum();
    }
  }

  /** How many conversations are remembered. */
  public synchronized int size() {
    return conversations.size();
  }

  /** How many characters the remembered keys and turns hold. */
  public synchronized long chars() {
    return chars;
  }

  private static int tokens(Deque<Turn> turns) {
    return turns.stream().mapToInt(Turn::tokens).sum();
  }

  private static long size(Turn turn) {
    return (long) turn.asked().length() + turn.standalone().length() + turn.answer().length();
  }

  /** Drops conversations idle past the expiry, so memory does not grow with every chat ever seen. */
  private void evictIdle() {
    Instant cutoff = clock.instant().minus(idleExpiry);
    List<String> idle = new ArrayList<>();
    conversations.forEach((key, turns) -> {
      if (turns.peekLast().at().isBefore(cutoff)) {
        idle.add(key);
      }
    });
    idle.forEach(this::forget);
  }

  /** Drops the least recently used conversations while over the count or character bound (never the newest one). */
  private void evictLeastRecent() {
    Iterator<Map.Entry<String, Deque<Turn>>> oldest = conversations.entrySet().iterator();
    while ((conversations.size() > maxConversations || chars > maxChars) && conversations.size() > 1) {
      Map.Entry<String, Deque<Turn>> entry = oldest.next();
      chars -= entry.getKey().length() + entry.getValue().stream().mapToLong(ConversationMemory::size).sum();
      oldest.remove();
    }
  }
}
