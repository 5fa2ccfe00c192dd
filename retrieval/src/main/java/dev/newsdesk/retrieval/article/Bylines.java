package dev.newsdesk.retrieval.article;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names out of bylines such as "By Jane Roe and John Doe".
 *
 * <p>Names are split at commas, "and" and "&amp;"; a byline with none of these is one author, so
 * "By yourNEWS Media Newsroom" names one newsroom, not four people.
 */
public final class Bylines {

  private static final int MAX_BYLINE_LENGTH = 120;
  private static final int MAX_BYLINE_WORDS = 14;

  private static final Pattern BYLINE =
      Pattern.compile("^by\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*", Pattern.CASE_INSENSITIVE);

  private Bylines() {}

  /**
   * The authors named by this line when it is a byline ("By ..."), or empty when it is not one,
   * for example because it reads like a sentence ("By the numbers: ...").
   */
  public static Optional<List<String>> parse(String line) {
    String value = line.strip();
    Matcher m = BYLINE.matcher(value);
    if (!m.matches() || !looksLikeNames(m.group(1))) {
      return Optional.empty();
    }
    List<String> names = names(m.group(1));
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /** The names in an author field: "Jane Roe", "By Jane Roe and John Doe", "Roe, Doe". */
  public static List<String> names(String field) {
    String value = field.strip();
    Matcher m = BYLINE.matcher(value);
    String names = m.matches() ? m.group(1) : value;
    return Arrays.stream(SEPARATOR.split(names))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .distinct()
        .toList();
  }

  private static boolean looksLikeNames(String text) {
    return text.length() <= MAX_BYLINE_LENGTH
        && text.split("\\s+").length <= MAX_BYLINE_WORDS
        && !text.contains(":")
        && !text.matches(".*[.!?]$");
  }
}
