package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.chunk.Sentence;
import dev.newsdesk.retrieval.chunk.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The quotable units of a passage: its sentences, with a quotation that runs over several
 * sentences kept whole ({@code “We have built it. It works,” she said.} is one unit), so that an
 * answer never starts or ends inside a quotation. A unit whose quotation marks still do not
 * balance (the passage cut a quotation off) is left out.
 */
public final class SentenceUnits {

  /** The longest run of sentences merged to close a quotation. */
  private static final int MAX_MERGED = 4;

  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The balanced units of the text, in order, whitespace runs collapsed to one space. */
  public List<String> of(String text) {
    List<String> units = new ArrayList<>();
    List<Sentence> sentences = splitter.split(text);
    int i = 0;
    while (i < sentences.size()) {
      StringBuilder unit = new StringBuilder(sentences.get(i).text());
      int merged = 1;
      while (open(unit) && i + merged < sentences.size() && merged < MAX_MERGED) {
        unit.append(' ').append(sentences.get(i + merged).text());
        merged++;
      }
      String clean = unit.toString().replaceAll("\\s+", " ").strip();
      if (balanced(clean)) {
        units.add(clean);
      }
      i += merged;
    }
    return units;
  }

  /** Whether a quotation opened in the text is still open at its end. */
  private static boolean open(CharSequence text) {
    Marks marks = Marks.of(text);
    return marks.depth() > 0 || marks.straight() % 2 == 1;
  }

  /** Whether every curly quotation mark is matched in order and straight ones come in pairs. */
  static boolean balanced(String text) {
    Marks marks = Marks.of(text);
    return !marks.closedUnopened() && marks.depth() == 0 && marks.straight() % 2 == 0;
  }

  /** The quotation marks of a text: curly ones still open, straight ones, and a close before its open. */
  private record Marks(int depth, int straight, boolean closedUnopened) {

    static Marks of(CharSequence text) {
      int depth = 0;
      int straight = 0;
      boolean closedUnopened = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '“') {
          depth++;
        } else if (c == '”') {
          closedUnopened |= --depth < 0;
        } else if (c == '"') {
          straight++;
        }
      }
      return new Marks(depth, straight, closedUnopened);
    }
  }
}
