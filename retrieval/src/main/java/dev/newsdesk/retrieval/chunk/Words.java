package dev.newsdesk.retrieval.chunk;

/**
 * What the splitters count as whitespace and as a word: a maximal run of non-whitespace characters.
 */
final class Words {

  private Words() {}

  /** Whether {@code c} separates words, including no-break and other Unicode spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether {@code c} ends a line; a line break always ends a sentence and a paragraph. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The number of whitespace-separated tokens in {@code text[from, to)}. */
  static int count(CharSequence text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = isSpace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** Whether {@code text} is non-empty and neither starts nor ends with whitespace. */
  static boolean isTrimmed(String text) {
    return !text.isEmpty() && !isSpace(text.charAt(0)) && !isSpace(text.charAt(text.length() - 1));
  }
}
