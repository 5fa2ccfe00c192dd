package dev.newsdesk.retrieval.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits English news text into sentences with exact character offsets, in one linear pass.
 *
 * <p>A line break always ends a sentence. Within a line a sentence ends after {@code . ! ? …} (with
 * any closing quotes and brackets) when whitespace and then an upper-case letter, a digit or an
 * opening quote or bracket follow, unless {@link SentenceBoundaries} recognises an abbreviation, an
 * initial, a dotted acronym inside a sentence, or a quotation followed by its attribution ({@code
 * “Done!” Ada Smith said.}). Full stops inside numbers, URLs and e-mail addresses are never
 * followed by whitespace, so they never end a sentence. Stateless and thread-safe.
 */
public final class SentenceSplitter {

  private final SentenceBoundaries boundaries = new SentenceBoundaries();

  /** The sentences of {@code text} in order; empty when the text is blank. */
  public List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || Words.isLineBreak(text.charAt(i))) {
        splitLine(text, lineStart, i, sentences);
        lineStart = i + 1;
      }
    }
    return List.copyOf(sentences);
  }

  private void splitLine(String text, int lineStart, int lineEnd, List<Sentence> sentences) {
    int sentenceStart = lineStart;
    int i = lineStart;
    while (i < lineEnd) {
      if (!SentenceBoundaries.isTerminator(text.charAt(i))) {
        i++;
        continue;
      }
      int punctEnd = i;
      while (punctEnd < lineEnd && SentenceBoundaries.isTerminator(text.charAt(punctEnd))) {
        punctEnd++;
      }
      int closersEnd = punctEnd;
      while (closersEnd < lineEnd && SentenceBoundaries.isCloser(text.charAt(closersEnd))) {
        closersEnd++;
      }
      int next = closersEnd;
      while (next < lineEnd && Words.isSpace(text.charAt(next))) {
        next++;
      }
      if (next > closersEnd
          && next < lineEnd
          && boundaries.endsSentence(text, i, punctEnd, closersEnd, next, lineEnd)) {
        add(text, sentenceStart, closersEnd, sentences);
        sentenceStart = next;
      }
      i = closersEnd;
    }
    add(text, sentenceStart, lineEnd, sentences);
  }

  /** Adds {@code text[from, to)} without its surrounding whitespace, unless nothing is left. */
  private static void add(String text, int from, int to, List<Sentence> sentences) {
    int start = from;
    int end = to;
    while (start < end && Words.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Words.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      sentences.add(new Sentence(text.substring(start, end), start, end));
    }
  }
}
