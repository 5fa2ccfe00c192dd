package dev.newsdesk.retrieval.chunk;

import java.util.List;
import java.util.Random;

/** Deterministic invented news-like text for splitter tests: no real article is copied. */
final class InventedArticle {

  private static final List<String> OPENERS =
      List.of(
          "The",
          "Officials",
          "Residents",
          "Engineers",
          "Critics",
          "Volunteers",
          "Analysts",
          "Farmers");

  private static final List<String> WORDS =
      List.of(
          "council",
          "harbour",
          "budget",
          "reported",
          "quietly",
          "bridge",
          "north",
          "ferry",
          "schedule",
          "voted",
          "against",
          "plan",
          "after",
          "weeks",
          "of",
          "debate",
          "over",
          "river",
          "levels",
          "and",
          "the",
          "new",
          "library",
          "opened",
          "early",
          "despite",
          "rain",
          "Mayor",
          "Tilda",
          "Crane",
          "Dr.",
          "Osei",
          "said",
          "3.5%",
          "$4.2",
          "million",
          "in",
          "grants",
          "Oakford",
          "U.S.",
          "exports");

  private static final List<String> ENDINGS =
      List.of("today.", "again.", "downtown.", "loudly!", "somehow?");

  private InventedArticle() {}

  /**
   * About {@code words} words of sentences of 6 to 30 words, in paragraphs of 1 to 5 sentences
   * separated by blank lines.
   */
  static String of(long seed, int words) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int written = 0;
    while (written < words) {
      int sentences = 1 + random.nextInt(5);
      for (int s = 0; s < sentences && written < words; s++) {
        int length = 6 + random.nextInt(25);
        text.append(sentence(random, length)).append(s + 1 < sentences ? " " : "");
        written += length;
      }
      text.append("\n\n");
    }
    return text.toString().strip();
  }

  /**
   * One sentence of exactly {@code length} words, starting with a capital and ending with . ! or ?.
   */
  static String sentence(Random random, int length) {
    StringBuilder sentence = new StringBuilder(OPENERS.get(random.nextInt(OPENERS.size())));
    for (int w = 2; w < length; w++) {
      sentence.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return sentence.append(' ').append(ENDINGS.get(random.nextInt(ENDINGS.size()))).toString();
  }
}
