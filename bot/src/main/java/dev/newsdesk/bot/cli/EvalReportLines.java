package dev.newsdesk.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bot.eval.AnswerAccuracy;
import dev.newsdesk.retrieval.eval.Evaluation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes one JSON line per evaluated question: ids, gold, retrieved articles, choice, outcome, and
 * the composed answer with its verdict.
 */
final class EvalReportLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalReportLines() {}

  static void write(BufferedWriter out, Evaluation.QuestionResult result, AnswerAccuracy.Outcome answer) {
    if (out == null) {
      return;
    }
    ObjectNode line = JSON.createObjectNode();
    line.put("id", result.id());
    ArrayNode gold = line.putArray("gold_ids");
    result.goldIds().forEach(gold::add);
    ArrayNode retrieved = line.putArray("retrieved_article_ids");
    result.retrievedArticleIds().forEach(retrieved::add);
    line.put("chosen", result.chosen());
    line.put("correct", result.correct());
    line.put("reciprocal_rank_at_10", result.metrics().reciprocalRankAt10());
    line.put("latency_ms", Math.round(result.latencyMs() * 100) / 100.0);
    line.put("answer", answer.answer());
    line.put("answer_abstained", answer.abstained());
    line.put("answer_correct", answer.correct());
    line.put("answer_latency_ms", Math.round(answer.latencyMs() * 100) / 100.0);
    try {
      out.write(JSON.writeValueAsString(line));
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
