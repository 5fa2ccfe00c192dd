package dev.newsdesk.bot.answer;

import java.util.Optional;

/**
 * How an answer was made; channels and metrics decide by this, never by the answer's wording.
 *
 * <p>{@link #notice()} is the one sentence a channel shows under an answer that the user should
 * read with care.
 */
public enum Provenance {
  /** Written by the language model, every claim cited. */
  MODEL(Optional.empty()),
  /** Quoted by the offline extractive composer (no model configured). */
  EXTRACTIVE(Optional.empty()),
  /** Quoted by the extractive composer because the configured model failed. */
  EXTRACTIVE_FALLBACK(Optional.of(
      "The language model could not be reached, so this is the offline extractive answer.")),
  /** Written by the model, which cited nothing even when asked again. */
  MODEL_UNCITED(Optional.of("The model's answer cites no sources; check it against the news."));

  private final Optional<String> notice;

  Provenance(Optional<String> notice) {
    this.notice = notice;
  }

  /** The notice a channel shows with an answer of this provenance; empty when there is none. */
  public Optional<String> notice() {
    return notice;
  }
}
