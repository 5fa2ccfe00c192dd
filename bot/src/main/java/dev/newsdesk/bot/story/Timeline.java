package dev.newsdesk.bot.story;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.Provenance;
import dev.newsdesk.bot.answer.Source;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a story developed: the topic asked about, the instant the news was read as of, and its
 * developments oldest first, development {@code i} (from 0) citing source {@code i + 1}. No
 * development means the news holds nothing about the topic.
 */
public record Timeline(String topic, Instant asOf, List<Development> developments) {

  public Timeline {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(asOf, "asOf");
    developments = List.copyOf(developments);
    for (int i = 0; i < developments.size(); i++) {
      if (developments.get(i).source().n() != i + 1) {
        throw new IllegalArgumentException("development " + (i + 1) + " must cite source " + (i + 1));
      }
    }
  }

  /** Whether the news holds anything about the topic. */
  public boolean found() {
    return !developments.isEmpty();
  }

  /** The cited articles, numbered 1.. in the order of the developments. */
  public List<Source> sources() {
    return developments.stream().map(Development::source).toList();
  }

  /**
   * The timeline as the channels show an answer: a heading, then one line per development
   * ({@code 2026-06-08 — sentence [2]. Also reported by Coastline Daily.}), with the numbered
   * sources; when nothing was found, a plain statement that cites nothing.
   */
  public Answer asAnswer() {
    if (!found()) {
      return Answer.abstain("I found nothing in the news about “" + topic + "”, so I cannot show how it developed.");
    }
    StringBuilder text = new StringBuilder("How “" + topic + "” developed:");
    for (Development d : developments) {
      text.append('\n').append(d.date().map(Object::toString).orElse("undated")).append(" — ").append(d.sentence());
      if (!d.alsoIn().isEmpty()) {
        text.append(" Also reported by ").append(String.join(", ", d.alsoIn())).append('.');
      }
    }
    return new Answer(text.toString(), false, sources(), Provenance.EXTRACTIVE, java.util.Optional.empty());
  }
}
