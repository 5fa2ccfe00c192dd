package dev.newsdesk.bot.answer;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question as a channel hands it over: the text, the conversation it belongs to (a chat, a
 * thread) so follow-ups can be understood, and optional limits: the as-of instant and the outlets.
 * A question without a conversation stands alone: no history is used and nothing is remembered.
 */
public record Question(
    String text, Optional<String> conversationKey, Optional<Instant> asOf, Set<String> outlets) {

  public Question {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(conversationKey, "conversationKey");
    Objects.requireNonNull(asOf, "asOf");
    outlets = Set.copyOf(outlets);
  }

  /** A question on its own. */
  public static Question of(String text) {
    return new Question(text, Optional.empty(), Optional.empty(), Set.of());
  }

  /** A question in a conversation (a chat, a thread). */
  public static Question in(String conversationKey, String text) {
    return new Question(text, Optional.of(conversationKey), Optional.empty(), Set.of());
  }

  public Question withText(String newText) {
    return new Question(newText, conversationKey, asOf, outlets);
  }
}
