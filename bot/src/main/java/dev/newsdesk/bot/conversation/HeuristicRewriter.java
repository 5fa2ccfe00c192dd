package dev.newsdesk.bot.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites follow-ups without a model: a question that leans on the previous one (a pronoun, "and
 * ...?", "what about ...?", a very short question) gets the previous question's names, numbers and
 * time words appended, so retrieval finds the same story.
 *
 * <p>"What did he say next?" after "What did Trump say about rare earth minerals last week?"
 * becomes "What did he say next? (Trump, rare earth minerals, last week)". It does not resolve
 * which name a pronoun means; it carries them all.
 */
public final class HeuristicRewriter implements FollowUpRewriter {

  /** Words that point back at the previous question ("that", "this" are left out: too often relative). */
  private static final Set<String> REFERRING = Set.of("he", "she", "they", "him", "her", "them", "his", "hers",
      "their", "theirs", "it", "its", "next", "else", "again", "same");
  private static final Pattern CONTINUATION = Pattern.compile("^(and|but|also|what about|how about|and what about)\\b");
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’.-]*)*");
  private static final Pattern NUMBER_OR_TIME = Pattern.compile(
      "\\b(\\d[\\d,.%]*|(?:last|this|past|next)\\s+(?:week|month|year|night|\\w+day)|yesterday|today|"
          + "in\\s+\\p{Lu}\\p{Ll}+\\s*\\d{0,4})\\b");
  private static final Set<String> QUESTION_WORDS = Set.of("What", "Who", "When", "Where", "Why", "How", "Which",
      "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Tell", "The", "A", "An",
      "And", "But", "In", "On", "I");
  private static final Set<String> STOP = Set.of("what", "who", "when", "where", "why", "how", "which", "did",
      "does", "do", "is", "are", "was", "were", "the", "a", "an", "of", "to", "in", "on", "about", "say", "said",
      "tell", "me", "and", "for", "with", "at", "by", "from", "last", "this", "past", "next", "week", "month",
      "year", "yesterday", "today", "night");

  @Override
  public String standalone(String question, List<Turn> history) {
    if (history.isEmpty() || !isFollowUp(question)) {
      return question;
    }
    String previous = history.get(history.size() - 1).standalone();
    Set<String> carried = new LinkedHashSet<>();
    carried.addAll(names(previous));
    carried.addAll(keywords(previous));
    carried.addAll(matches(NUMBER_OR_TIME, previous));
    carried.removeIf(c -> question.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT)));
    return carried.isEmpty() ? question : question + " (" + String.join(", ", carried) + ")";
  }

  /** Whether the question leans on what came before. */
  static boolean isFollowUp(String question) {
    String q = question.strip().toLowerCase(Locale.ROOT);
    if (CONTINUATION.matcher(q).find() || q.split("\\s+").length <= 3) {
      return true;
    }
    for (String word : q.split("[^\\p{L}]+")) {
      if (REFERRING.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : matches(NAME, text)) {
      String trimmed = name.replaceAll("^(" + String.join("|", QUESTION_WORDS) + ")\\s+", "").strip();
      if (!trimmed.isEmpty() && !QUESTION_WORDS.contains(trimmed)) {
        out.add(trimmed);
      }
    }
    return out;
  }

  /** The previous question's content words that are not names: "rare earth minerals". */
  private static Set<String> keywords(String text) {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    for (String word : text.replaceAll("[?!.,;:]", " ").split("\\s+")) {
      boolean content = !word.isEmpty() && Character.isLowerCase(word.charAt(0))
          && !STOP.contains(word.toLowerCase(Locale.ROOT)) && !REFERRING.contains(word.toLowerCase(Locale.ROOT));
      if (content) {
        run.append(run.length() == 0 ? "" : " ").append(word);
      } else if (run.length() > 0) {
        out.add(run.toString());
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      out.add(run.toString());
    }
    return out;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group().strip());
    }
    return out;
  }
}
