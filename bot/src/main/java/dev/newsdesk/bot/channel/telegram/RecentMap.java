package dev.newsdesk.bot.channel.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A thread-safe map that keeps only its most recently used entries, so memory stays bounded. */
final class RecentMap<K, V> {

  private final Map<K, V> entries;

  RecentMap(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  synchronized void put(K key, V value) {
    entries.put(key, value);
  }

  synchronized Optional<V> get(K key) {
    return Optional.ofNullable(entries.get(key));
  }

  synchronized void remove(K key) {
    entries.remove(key);
  }
}
