package dev.newsdesk.bot.answer;

import dev.newsdesk.retrieval.search.TimeScope;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a question that asks what is new and names no topic: "What's in the news today?",
 * "Any news this week?", "What's the latest?", "What happened yesterday?". Its answer is the
 * opening sentences of the newest articles (within the dates it names), not the articles that best
 * match its few words: searched by relevance, "What's in the news today?" had led with a story of
 * 12 November, the one that used the word "news", while the index held stories of 23 November.
 *
 * <p>A question is one when, after the time expression the planner read from it is taken out,
 * every word it has is one of {@link #NO_TOPIC}: question and auxiliary words, words for news
 * itself ("news", "headlines", "stories"), for newness ("latest", "new", "recent") and for
 * happening. One word outside that closed list ("What's new in Brennick?") makes it a question
 * about a topic.
 */
final class HeadlinesQuestion {

  /** Words that name no topic in a question about what is new; lower case, apostrophes removed. */
  static final Set<String> NO_TOPIC = Set.of(
      // question, auxiliary and function words
      "what", "whats", "what's", "which", "is", "are", "was", "were", "has", "have", "had", "been", "be", "do", "does",
      "did", "the", "a", "an", "in", "on", "at", "of", "from", "for", "to", "so", "far", "there", "any", "anything",
      "something", "some", "else", "me", "us", "i", "you", "can", "could", "would", "will", "please", "tell", "give",
      "show", "list", "let", "know", "up", "and", "or", "with",
      // news itself
      "news", "headline", "headlines", "story", "stories", "report", "reports", "article", "articles", "update",
      "updates", "event", "events", "top", "main", "big", "biggest", "important", "key", "breaking",
      // newness and happening
      "latest", "new", "newest", "recent", "recently", "fresh", "happen", "happens", "happened", "happening",
      "going", "occurred", "miss", "missed",
      // "what stories came out in October?", "what was published this week?"
      "come", "came", "out", "published", "appeared");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  private HeadlinesQuestion() {}

  /**
   * "What's new in Brennick?", "What's the latest on the dock strike?", "Any news about Harbor FC?",
   * "What's happening with the tram?": a word for newness and a preposition, then the topic (group
   * {@code topic}).
   */
  private static final Pattern LATEST_ON = Pattern.compile("^(?:(?:so|and|ok|okay)[,\\s]+)?(?:(?:what(?:['’]s|\\s+is|\\s+are)"
      + "|is\\s+there|are\\s+there|any(?:thing)?|tell\\s+me|give\\s+me|show\\s+me)\\s+)?(?:(?:the|any(?:thing)?)\\s+)?"
      + "(?:very\\s+)?(?:new|latest|newest|news|updates?|happening|going\\s+on)"
      + "(?:\\s+(?:news|updates?|developments?|stories|headlines))?"
      + "\\s+(?:in|with|at|about|on|from|regarding|for|around|of|to|concerning)\\s+(?<topic>.+?)\\s*[?.!]*$");
  /** "Latest Brennick news", "What are the latest Kestrel-2 headlines?": the topic between. */
  private static final Pattern LATEST_TOPIC_NEWS = Pattern.compile("^(?:(?:what(?:['’]s|\\s+is|\\s+are)\\s+)?the\\s+)?"
      + "(?:latest|newest|recent)\\s+(?<topic>.+?)\\s+(?:news|stories|headlines|updates)\\s*[?.!]*$");

  /**
   * The topic of a question that asks for the latest on it: "Brennick" for "What's new in
   * Brennick?", "the dock strike" for "What's the latest on the dock strike this week?" (the time
   * expression the planner read is not part of it); empty when the question asks otherwise ("What is
   * the new launch date?" asks a fact) or names no topic ({@link #asks}).
   *
   * @param question the standalone question
   * @param scope the dates the planner read from it
   */
  static Optional<String> latestOn(String question, Optional<TimeScope> scope) {
    String rest = question.strip();
    if (scope.isPresent() && !scope.get().expression().isBlank()) {
      rest = rest.replace(scope.get().expression(), " ").replaceAll("\\s+", " ").strip();
    }
    for (Pattern pattern : List.of(LATEST_ON, LATEST_TOPIC_NEWS)) {
      Matcher m = pattern.matcher(rest.toLowerCase(Locale.ROOT));
      if (m.matches()) {
        String topic = m.group("topic").strip();
        return asks(topic, Optional.empty()) ? Optional.empty() : Optional.of(topic);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the question (standalone form) asks what is new and names no topic.
   *
   * @param question the standalone question
   * @param scope the dates the planner read from it, whose words are not a topic
   */
  static boolean asks(String question, Optional<TimeScope> scope) {
    String rest = question.toLowerCase(Locale.ROOT);
    if (scope.isPresent() && !scope.get().expression().isBlank()) {
      rest = rest.replace(scope.get().expression().toLowerCase(Locale.ROOT), " ");
    }
    Matcher words = WORD.matcher(rest);
    boolean any = false;
    while (words.find()) {
      String word = words.group();
      String plain = POSSESSIVE.matcher(word).replaceAll("").replace("’", "'");
      if (plain.replace("'", "").isEmpty() || YEAR.matcher(plain).matches()) {
        continue; // the "'s" of "today's", whose day was taken out; the year of "in November 2026"
      }
      if (!NO_TOPIC.contains(plain) && !NO_TOPIC.contains(plain.replace("'", ""))) {
        return false;
      }
      any = true;
    }
    return any || scope.isPresent();
  }
}
