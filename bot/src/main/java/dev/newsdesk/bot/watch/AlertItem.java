package dev.newsdesk.bot.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One article in an alert: the followed topic it matched, its headline, outlet, publication
 * instant and link, and one sentence of it (verbatim) that matches the topic, cited as its source.
 */
public record AlertItem(String topic, String title, String outlet, Optional<Instant> published, Optional<String> url,
    String sentence) {

  public AlertItem {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sentence, "sentence");
  }
}
