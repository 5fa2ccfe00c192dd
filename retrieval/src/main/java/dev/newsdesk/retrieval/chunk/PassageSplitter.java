package dev.newsdesk.retrieval.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Groups an article's sentences into overlapping passages of roughly even length, the units that
 * are embedded, indexed and cited.
 *
 * <p>A passage takes whole sentences until the next one would push it past {@code maxWords}, or
 * until it has at least {@code minWords} and a paragraph (any line break) ends. The next passage
 * repeats the last {@code overlapSentences} sentences of the previous one, so a fact that straddles
 * the seam is still found whole. {@code maxWords} is a hard limit, because the embedding model
 * truncates what is longer, so the word count stays within {@code [minWords, maxWords]} except:
 *
 * <ul>
 *   <li>an article shorter than {@code minWords} is a single, shorter passage;
 *   <li>a passage stays below {@code minWords} when the next sentence would not fit in it;
 *   <li>a sentence longer than {@code maxWords} is cut at word boundaries into near-equal pieces of
 *       at most {@code maxWords} words, which are then treated like sentences;
 *   <li>the overlap is shortened, or dropped, when it would not fit with the next sentence;
 *   <li>a trailing remainder shorter than {@code minWords / 2} is merged into the previous passage
 *       when the result has at most {@code 1.2 × maxWords}; otherwise it is a short passage.
 * </ul>
 *
 * <p>Words are whitespace-separated tokens. Stateless and thread-safe.
 */
public final class PassageSplitter {

  public static final int DEFAULT_MIN_WORDS = 100;
  public static final int DEFAULT_MAX_WORDS = 250;
  public static final int DEFAULT_OVERLAP_SENTENCES = 1;

  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
  private final int minWords;
  private final int maxWords;
  private final int overlapSentences;

  /** A splitter with 100 to 250 words per passage and one sentence of overlap. */
  public PassageSplitter() {
    this(DEFAULT_MIN_WORDS, DEFAULT_MAX_WORDS, DEFAULT_OVERLAP_SENTENCES);
  }

  public PassageSplitter(int minWords, int maxWords, int overlapSentences) {
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be at least 1, got " + minWords);
    }
    if (maxWords < minWords) {
      throw new IllegalArgumentException(
          "maxWords must be at least minWords (" + minWords + "), got " + maxWords);
    }
    if (overlapSentences < 0) {
      throw new IllegalArgumentException(
          "overlapSentences must not be negative, got " + overlapSentences);
    }
    this.minWords = minWords;
    this.maxWords = maxWords;
    this.overlapSentences = overlapSentences;
  }

  /**
   * The passages of {@code articleText} in order, numbered from 0; empty when the text is blank.
   */
  public List<Passage> split(String articleText) {
    Objects.requireNonNull(articleText, "articleText");
    List<Unit> units = units(articleText);
    int[] wordsBefore = new int[units.size() + 1];
    for (int i = 0; i < units.size(); i++) {
      wordsBefore[i + 1] = wordsBefore[i] + units.get(i).words();
    }
    List<Span> spans = spans(units, wordsBefore);
    mergeShortTail(spans, wordsBefore);
    List<Passage> passages = new ArrayList<>(spans.size());
    for (Span span : spans) {
      int start = units.get(span.first()).start();
      int end = units.get(span.end() - 1).end();
      passages.add(new Passage(passages.size(), articleText.substring(start, end), start, end));
    }
    return List.copyOf(passages);
  }

  /** Sentences with their word counts and paragraph ends; over-long ones cut into pieces. */
  private List<Unit> units(String text) {
    List<Sentence> sentences = sentenceSplitter.split(text);
    List<Unit> units = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      boolean paragraphEnd =
          i + 1 == sentences.size()
              || hasLineBreak(text, sentence.end(), sentences.get(i + 1).start());
      int words = Words.count(text, sentence.start(), sentence.end());
      if (words <= maxWords) {
        units.add(new Unit(sentence.start(), sentence.end(), words, paragraphEnd));
      } else {
        cut(text, sentence, words, paragraphEnd, units);
      }
    }
    return units;
  }

  /** Cuts a sentence of more than {@code maxWords} words into near-equal pieces at word starts. */
  private void cut(
      String text, Sentence sentence, int words, boolean paragraphEnd, List<Unit> units) {
    int pieces = (words + maxWords - 1) / maxWords;
    int pieceWords = (words + pieces - 1) / pieces;
    int pieceStart = sentence.start();
    int wordsInPiece = 0;
    int lastWordEnd = pieceStart;
    for (int i = sentence.start(); i < sentence.end(); i++) {
      boolean space = Words.isSpace(text.charAt(i));
      boolean wordStart = !space && (i == sentence.start() || Words.isSpace(text.charAt(i - 1)));
      if (wordStart && wordsInPiece == pieceWords) {
        units.add(new Unit(pieceStart, lastWordEnd, wordsInPiece, false));
        pieceStart = i;
        wordsInPiece = 0;
      }
      if (wordStart) {
        wordsInPiece++;
      }
      if (!space) {
        lastWordEnd = i + 1;
      }
    }
    units.add(new Unit(pieceStart, sentence.end(), wordsInPiece, paragraphEnd));
  }

  private List<Span> spans(List<Unit> units, int[] wordsBefore) {
    List<Span> spans = new ArrayList<>();
    int first = 0;
    int next = 0;
    while (next < units.size()) {
      first = overlapStart(first, next, wordsBefore);
      int end = next + 1;
      while (end < units.size() && !closes(units, wordsBefore, first, end)) {
        end++;
      }
      spans.add(new Span(first, end));
      next = end;
    }
    return spans;
  }

  /** Whether the passage of units {@code [first, end)} ends before unit {@code end}. */
  private boolean closes(List<Unit> units, int[] wordsBefore, int first, int end) {
    int words = wordsBefore[end] - wordsBefore[first];
    boolean paragraphDone = units.get(end - 1).paragraphEnd() && words >= minWords;
    return paragraphDone || words + units.get(end).words() > maxWords;
  }

  /**
   * Where the passage that continues with unit {@code next} begins: up to {@code overlapSentences}
   * units earlier, within the previous passage, as long as they fit together with unit {@code
   * next}.
   */
  private int overlapStart(int previousFirst, int next, int[] wordsBefore) {
    for (int k = Math.min(overlapSentences, next - previousFirst); k > 0; k--) {
      if (wordsBefore[next + 1] - wordsBefore[next - k] <= maxWords) {
        return next - k;
      }
    }
    return next;
  }

  private void mergeShortTail(List<Span> spans, int[] wordsBefore) {
    if (spans.size() < 2) {
      return;
    }
    Span last = spans.get(spans.size() - 1);
    Span previous = spans.get(spans.size() - 2);
    int remainder = wordsBefore[last.end()] - wordsBefore[previous.end()];
    int merged = wordsBefore[last.end()] - wordsBefore[previous.first()];
    if (remainder * 2 < minWords && merged * 5 <= maxWords * 6) {
      spans.remove(spans.size() - 1);
      spans.set(spans.size() - 1, new Span(previous.first(), last.end()));
    }
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Words.isLineBreak(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A sentence, or a piece of an over-long one: offsets, word count, whether a paragraph ends. */
  private record Unit(int start, int end, int words, boolean paragraphEnd) {}

  /** Units {@code [first, end)} of one passage. */
  private record Span(int first, int end) {}
}
