package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.util.Comparator;
import java.util.Set;

/**
 * One quotable sentence of the extractive composer with what it covers of the question; its
 * coverage grows when the meanings of missed words are matched. Scores order the sentences: the
 * coverage, plus a bonus for stating the kind of fact asked for (more for a clear one), minus a
 * penalty for a sentence an earlier answer of the conversation quoted, unless it holds half of what
 * is asked now or more ({@link #ASKED_AGAIN_FOCUS}).
 */
final class SentenceCandidate {

  /** How much a sentence that states a fact of the wanted kind is preferred. */
  static final double TYPE_BONUS = 0.35;
  /** A sentence that clearly states the fact asked for (a full date, a named place) comes first. */
  static final double STRONG_FIT = 0.9;
  static final double STRONG_FIT_BONUS = 0.3;
  /**
   * How much a sentence that holds what the question asks about its subject is preferred: every
   * sentence of an article about the Calder Bridge names the bridge, the one that says "reopen" answers
   * "When will the Calder Bridge reopen?".
   */
  static final double FOCUS_BONUS = 0.3;
  /** How much a sentence an earlier answer of the conversation quoted is held back. */
  static final double GIVEN_PENALTY = 0.6;
  /**
   * The share of what the question asks (its focus) from which a sentence an earlier answer quoted is
   * asked for again: "how much higher will the new walls be?" after an answer that said so in passing
   * (0.4 to 0.6 score alike on the four answer-quality sets; 0.8 loses follow-ups).
   */
  static final double ASKED_AGAIN_FOCUS = 0.5;
  /**
   * How much a sentence that {@link #restates} is held back: a new sentence that states the fact as
   * clearly still comes first.
   */
  static final double RESTATED_PENALTY = 0.15;

  /** Best score first; ties go to the better-ranked source. */
  static final Comparator<SentenceCandidate> BEST_FIRST =
      Comparator.comparingDouble(SentenceCandidate::score).reversed().thenComparingInt(SentenceCandidate::rank);

  final String text;
  final RetrievedPassage passage;
  final int rank;
  final Set<String> terms;
  /** How well the sentence states the kind of fact asked for, 0 to 1 ({@link AnswerType#fit}). */
  final double fit;
  /** Whether the sentence's article names every name the question is about. */
  final boolean namesInArticle;
  /** The question's terms found neither in the sentence nor in its context. */
  final Set<String> uncovered;
  /** The content words of the sentence and its headline, for matching meanings. */
  final Set<String> meaningWords;
  /** The share of the question covered word for word (before meanings are matched). */
  final double lexical;
  /** The share of the question covered, meanings matched included. */
  double coverage;
  /** The terms of the sentence's headline and the sentence before it. */
  Set<String> context = Set.of();
  /**
   * The share of the question (0 to 1) the sentence matches only through WordNet senses of words it
   * misses ("fine" → penalty, "streetcar" → tram: far apart as word vectors): it counts towards
   * whether the sentence supports an answer, not towards its score, so it never reorders sentences
   * that are supported without it (counted in the score, it moved four first sentences in session 4).
   */
  double senseCoverage;
  /** The question's terms that no article holds and that the sentence does not match in meaning either. */
  Set<String> unseenUnmatched;
  /** Whether the question's missed words were matched in meaning against this sentence (the best few are). */
  boolean meaningsMatched;
  /** Whether the sentence's article misses, word for word and in meaning, a word the question is about. */
  boolean articleMisses;
  /** Those words, for the explanation at DEBUG. */
  Set<String> articleMissed = Set.of();
  /** Why the sentence's article fails the check ("a compound is missed"); empty when it passes. For DEBUG. */
  String articleMissReason = "";
  /**
   * The share (0 to 1) of the question's weight outside its names that the sentence holds, word for
   * word or in meaning: what is asked about the subject rather than which subject.
   */
  double focus;
  /**
   * The share of the focus the sentence lacks but the sentence before it holds, times the context
   * share (0 to 0.5): a sentence that goes on about the one before ("The reading was taken at …").
   * Counts towards the order only.
   */
  double focusBefore;
  /**
   * The share of what the question asks now (its focus without the words a follow-up carries, 0 to
   * 1) that the sentence holds; 0 when the question asks nothing of its own ("what happened next?").
   */
  double askedNow;
  /** Whether an earlier answer of the conversation quoted this sentence. */
  boolean given;
  /**
   * Whether an earlier answer quoted this sentence and it clearly states the kind of fact a question
   * of a {@link #preciseFit precisely fitted} type asks now ("What time did it take off?" after an
   * answer that said "… launched aboard a Tern-4 rocket at 04:17"): held back only
   * {@link #RESTATED_PENALTY}.
   */
  boolean restates;

  SentenceCandidate(String text, RetrievedPassage passage, int rank, Set<String> terms, double coverage, double fit,
      boolean namesInArticle, Set<String> uncovered, Set<String> meaningWords, Set<String> unseenUnmatched) {
    this.text = text;
    this.passage = passage;
    this.rank = rank;
    this.terms = terms;
    this.coverage = coverage;
    this.lexical = coverage;
    this.fit = fit;
    this.namesInArticle = namesInArticle;
    this.uncovered = uncovered;
    this.meaningWords = meaningWords;
    this.unseenUnmatched = unseenUnmatched;
  }

  String text() {
    return text;
  }

  RetrievedPassage passage() {
    return passage;
  }

  int rank() {
    return rank;
  }

  Set<String> terms() {
    return terms;
  }

  /**
   * Whether a strong fit of the type is precise enough to say a sentence answers: a clock time, a count
   * or a share is; a name for "who" is not (the lead "Harbor FC won …, thanks to a goal from Tomas
   * Eriksen" names a person, not the manager a follow-up asks for).
   */
  static boolean preciseFit(AnswerType type) {
    return type != AnswerType.ANY && type != AnswerType.PERSON;
  }

  double score() {
    return coverage + FOCUS_BONUS * (focus + focusBefore) + TYPE_BONUS * fit + (fit >= STRONG_FIT ? STRONG_FIT_BONUS : 0) - heldBack();
  }

  /** The penalty for a sentence an earlier answer of the conversation quoted, 0 for one asked for again. */
  private double heldBack() {
    return !given || askedNow >= ASKED_AGAIN_FOCUS ? 0 : restates ? RESTATED_PENALTY : GIVEN_PENALTY;
  }
}
