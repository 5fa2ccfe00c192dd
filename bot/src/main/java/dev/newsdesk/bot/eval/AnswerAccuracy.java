package dev.newsdesk.bot.eval;

import dev.newsdesk.bot.answer.Answer;
import dev.newsdesk.bot.answer.AnswerListener;
import dev.newsdesk.bot.answer.AnsweringService;
import dev.newsdesk.bot.answer.Question;
import dev.newsdesk.bot.answer.RejectedQuestionException;
import dev.newsdesk.retrieval.eval.EvalQuestion;
import dev.newsdesk.retrieval.eval.Percentiles;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answer accuracy on a multiple-choice question set: each question is put to the real answering
 * service as a user would ask it (the text alone, never the choices), as of the end of the day it
 * was asked (UTC), and the composed answer is scored by {@link ChoiceStatement}; abstentions count
 * as wrong. Not thread-safe: it accumulates the outcomes of one run.
 */
public final class AnswerAccuracy {

  private final AnsweringService answering;
  private final ChoiceStatement rule = new ChoiceStatement();
  private final List<Outcome> outcomes = new ArrayList<>();

  public AnswerAccuracy(AnsweringService answering) {
    this.answering = answering;
  }

  /** One question's composed answer, whether it stated the correct choice, and its latency in ms. */
  public record Outcome(String answer, boolean abstained, boolean correct, double latencyMs) {}

  /** Questions answered, the share correct, the share abstained, and the answer latency p50/p99 in ms. */
  public record Summary(int questions, double accuracy, double abstentions, double latencyP50Ms, double latencyP99Ms) {}

  /** Answers and scores one question; questions without choices are answered but never correct. */
  public Outcome score(EvalQuestion question) {
    EvalQuestion.Asked asked = question.asked();
    Instant asOf = asked.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    long start = System.nanoTime();
    Answer answer;
    try {
      answer = answering.answer(new Question(asked.question(), Optional.empty(), Optional.of(asOf), Set.of()),
          AnswerListener.NONE);
    } catch (RejectedQuestionException e) {
      answer = Answer.abstain(e.getMessage());
    }
    double latencyMs = (System.nanoTime() - start) / 1e6;
    boolean correct = !answer.abstained() && !asked.choices().isEmpty()
        && rule.correct(answer.text(), asked.choices(), question.answer());
    Outcome outcome = new Outcome(answer.text(), answer.abstained(), correct, latencyMs);
    outcomes.add(outcome);
    return outcome;
  }

  /** The scores of every question scored so far. */
  public Summary summary() {
    int n = outcomes.size();
    double[] latencies = outcomes.stream().mapToDouble(Outcome::latencyMs).sorted().toArray();
    return new Summary(n,
        n == 0 ? 0 : outcomes.stream().filter(Outcome::correct).count() / (double) n,
        n == 0 ? 0 : outcomes.stream().filter(Outcome::abstained).count() / (double) n,
        Percentiles.of(latencies, 50), Percentiles.of(latencies, 99));
  }
}
