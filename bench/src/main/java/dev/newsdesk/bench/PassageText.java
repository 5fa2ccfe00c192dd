package dev.newsdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Varies a real passage's text: a few words replaced from the corpus vocabulary, a few swapped, one unique token. */
final class PassageText {

  private static final int MAX_VOCABULARY = 50_000;

  private final List<String> vocabulary;

  private PassageText(List<String> vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The vocabulary of the source texts (alphabetic words, as written, first seen first). */
  static PassageText of(List<String> texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      for (String word : text.split("\\s+")) {
        if (word.length() > 2 && word.chars().allMatch(Character::isLetter) && words.size() < MAX_VOCABULARY) {
          words.add(word);
        }
      }
    }
    if (words.isEmpty()) {
      words.add("news");
    }
    return new PassageText(List.copyOf(words));
  }

  /** The base text with about one word in twenty replaced, two neighbours swapped, and the token appended. */
  String vary(String base, String token, Random random) {
    String[] words = base.isBlank() ? new String[] {"news"} : base.trim().split("\\s+");
    List<String> out = new ArrayList<>(Arrays.asList(words));
    int replacements = 1 + out.size() / 20;
    for (int r = 0; r < replacements; r++) {
      out.set(random.nextInt(out.size()), vocabulary.get(random.nextInt(vocabulary.size())));
    }
    if (out.size() > 2) {
      int at = random.nextInt(out.size() - 1);
      String swapped = out.get(at);
      out.set(at, out.get(at + 1));
      out.set(at + 1, swapped);
    }
    out.add(token);
    return String.join(" ", out);
  }

  /** A unique word for passage {@code n}, so every synthetic passage can be told apart by BM25. */
  static String token(int n) {
    return "zq" + Integer.toString(n, 36).toLowerCase(Locale.ROOT);
  }
}
