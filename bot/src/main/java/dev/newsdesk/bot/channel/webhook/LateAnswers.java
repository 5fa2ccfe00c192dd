package dev.newsdesk.bot.channel.webhook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Answers still being written when a platform stopped waiting (Teams waits 5 seconds), by
 * conversation and question, so that asking the same question again gets the answer at once
 * instead of starting over. Holds at most {@code capacity}, dropping the oldest; thread-safe.
 */
final class LateAnswers {

  private final Map<String, Future<String>> pending;

  LateAnswers(int capacity) {
    this.pending = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Future<String>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Keeps an answer that missed its reply. */
  synchronized void keep(String conversation, String question, Future<String> answer) {
    pending.put(key(conversation, question), answer);
  }

  /** The answer kept for this question in this conversation, removed from the store. */
  synchronized Optional<Future<String>> take(String conversation, String question) {
    return Optional.ofNullable(pending.remove(key(conversation, question)));
  }

  private static String key(String conversation, String question) {
    return conversation + "\n" + question.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }
}
