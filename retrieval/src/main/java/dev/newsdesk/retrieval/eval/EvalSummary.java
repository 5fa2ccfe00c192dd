package dev.newsdesk.retrieval.eval;

/**
 * The scores of an evaluation run: retrieval over the questions with gold articles, multiple-choice
 * accuracy over all questions and over those with gold, and query latency.
 */
public record EvalSummary(
    String mode,
    int questions,
    int questionsWithGold,
    double hitsAt1,
    double hitsAt5,
    double hitsAt10,
    double mrrAt10,
    double mcAccuracy,
    double mcAccuracyGold,
    double latencyP50Ms,
    double latencyP99Ms) {}
