package dev.newsdesk.retrieval.article;

/** Makes a headline for an article that came without one, from the start of its text. */
public final class Headlines {

  static final int MAX_LENGTH = 100;
  private static final int MIN_SENTENCE_LENGTH = 12;

  private Headlines() {}

  /** The first sentence of the text, cut at a word boundary to about 100 characters. */
  public static String fromText(String text) {
    String first = text.strip().lines().findFirst().orElse("").strip();
    String sentence = firstSentence(first);
    if (sentence.length() <= MAX_LENGTH) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_LENGTH);
    return sentence.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).strip() + "…";
  }

  private static String firstSentence(String paragraph) {
    for (int i = MIN_SENTENCE_LENGTH; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(paragraph.charAt(i))) {
        return paragraph.substring(0, i - (c == '.' ? 1 : 0));
      }
    }
    return paragraph;
  }
}
