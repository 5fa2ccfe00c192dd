package dev.newsdesk.retrieval.chunk;

import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether sentence-final punctuation followed by whitespace really ends a sentence of
 * English news prose.
 *
 * <p>Every look-behind and look-ahead reads at most {@link #MAX_WORD} characters per word, so the
 * cost of a decision is bounded and splitting stays linear in the length of the text.
 */
final class SentenceBoundaries {

  /** Longer tokens are never abbreviations, starters, names or speech verbs. */
  private static final int MAX_WORD = 32;

  /** Capitalised words that may stand between a closing quote and a speech verb. */
  private static final int MAX_NAME_WORDS = 4;

  /** A full stop after these never ends a sentence: titles, dates, streets, Latin shorthand. */
  private static final Set<String> ABBREVIATIONS =
      withCapitalised(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
          "Rev", "St", "vs", "approx", "e.g", "i.e", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
          "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
          "Sun", "Ave", "Blvd", "Rd", "Mt", "Ft");

  /**
   * These often close a sentence too ("shares of Acme Inc."), so, like dotted acronyms, they end
   * one only before a {@linkplain #SENTENCE_STARTERS typical sentence starter}.
   */
  private static final Set<String> CLOSING_ABBREVIATIONS =
      withCapitalised("Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc");

  /** "No. 5", "Vol. 2": abbreviations only before a number; "No. The" is the word no. */
  private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("No", "Nos", "Vol", "Fig");

  /**
   * Words that commonly open a sentence in news prose and rarely follow an acronym inside one:
   * articles, pronouns and determiners, conjunctions, the prepositions that open time and place
   * phrases, and a few reporting words ("Officials", "Meanwhile"). "U.S. The" breaks; "U.S.
   * President" and "U.S. Navy" do not.
   */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "You",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "Here",
          "His",
          "Her",
          "Its",
          "Their",
          "Our",
          "My",
          "But",
          "And",
          "Or",
          "So",
          "Yet",
          "However",
          "Meanwhile",
          "Still",
          "Also",
          "Instead",
          "In",
          "On",
          "At",
          "For",
          "By",
          "From",
          "With",
          "After",
          "Before",
          "During",
          "Since",
          "As",
          "If",
          "When",
          "While",
          "Although",
          "Officials",
          "Some",
          "Many",
          "Most",
          "Both",
          "Now",
          "Then",
          "Earlier",
          "Later");

  /** After a closing quote, "Smith said" or "President Ada Smith wrote" continues the sentence. */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said",
          "says",
          "wrote",
          "writes",
          "told",
          "tells",
          "added",
          "adds",
          "asked",
          "asks",
          "posted",
          "tweeted",
          "explained",
          "noted",
          "replied",
          "insisted",
          "declared",
          "stated",
          "announced",
          "argued",
          "warned",
          "recalled",
          "shouted",
          "responded",
          "continued");

  /** Whether {@code c} is sentence-final punctuation. */
  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Whether {@code c} may follow sentence-final punctuation and still belong to the sentence. */
  static boolean isCloser(char c) {
    return isClosingQuote(c) || c == ')' || c == ']';
  }

  /**
   * Whether the punctuation {@code text[punctStart, punctEnd)}, then closers up to {@code
   * closersEnd}, then whitespace up to {@code next} (on the same line, before {@code limit}) ends a
   * sentence.
   */
  boolean endsSentence(
      String text, int punctStart, int punctEnd, int closersEnd, int next, int limit) {
    if (!canStartSentence(text.charAt(next))) {
      return false;
    }
    if (hasClosingQuote(text, punctEnd, closersEnd) && startsAttribution(text, next, limit)) {
      return false;
    }
    boolean singleFullStop = punctEnd - punctStart == 1 && text.charAt(punctStart) == '.';
    return !singleFullStop || fullStopEndsSentence(text, punctStart, next, limit);
  }

  private static boolean fullStopEndsSentence(String text, int dot, int next, int limit) {
    String word = wordBefore(text, dot);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    if (NUMBER_ABBREVIATIONS.contains(word)) {
      return !Character.isDigit(text.charAt(next));
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial: "J. R. Okafor", "Ada B. Lovelace"
    }
    if (CLOSING_ABBREVIATIONS.contains(word) || isDottedAcronym(word)) {
      return SENTENCE_STARTERS.contains(letters(text, skipOpeners(text, next, limit), limit));
    }
    return true;
  }

  /** The token that ends at {@code dot}, without leading quotes or brackets; empty if too long. */
  private static String wordBefore(String text, int dot) {
    int start = dot;
    while (start > 0 && !Words.isSpace(text.charAt(start - 1))) {
      if (dot - start >= MAX_WORD) {
        return "";
      }
      start--;
    }
    while (start < dot && isOpener(text.charAt(start))) {
      start++;
    }
    return text.substring(start, dot);
  }

  /** "U.S" (before its final dot), "a.m", "E.U": single letters joined by dots. */
  private static boolean isDottedAcronym(String word) {
    if (word.length() < 3 || word.length() % 2 == 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean ok = i % 2 == 0 ? Character.isLetter(c) : c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether up to {@link #MAX_NAME_WORDS} capitalised words and then a speech verb start here. */
  private static boolean startsAttribution(String text, int from, int limit) {
    int pos = from;
    for (int names = 0; names <= MAX_NAME_WORDS && pos < limit; names++) {
      String word = letters(text, pos, limit);
      if (names > 0 && SPEECH_VERBS.contains(word)) {
        return true;
      }
      if (!Character.isUpperCase(text.charAt(pos))) {
        return false;
      }
      pos = skipToken(text, pos, limit);
      while (pos < limit && Words.isSpace(text.charAt(pos))) {
        pos++;
      }
    }
    return false;
  }

  /** The letters starting at {@code from}, or empty if there are more than {@link #MAX_WORD}. */
  private static String letters(String text, int from, int limit) {
    int end = from;
    while (end < limit && Character.isLetter(text.charAt(end))) {
      if (end - from >= MAX_WORD) {
        return "";
      }
      end++;
    }
    return text.substring(from, end);
  }

  private static int skipToken(String text, int from, int limit) {
    int end = from;
    while (end < limit && !Words.isSpace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int skipOpeners(String text, int from, int limit) {
    int pos = from;
    while (pos < limit && isOpener(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static boolean hasClosingQuote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isClosingQuote(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean canStartSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isTitleCase(c)
        || Character.isDigit(c)
        || isOpener(c);
  }

  private static boolean isOpener(char c) {
    return c == '“' || c == '"' || c == '‘' || c == '\'' || c == '(' || c == '[';
  }

  private static boolean isClosingQuote(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'';
  }

  private static Set<String> withCapitalised(String... words) {
    Set<String> all = new HashSet<>();
    for (String word : words) {
      all.add(word);
      all.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return Set.copyOf(all);
  }
}
