package dev.newsdesk.bot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a chat question says where it stands in the conversation before it asks anything: words that
 * only open a chat turn ("ok", "thanks", "cool"; dropped, they change nothing), a marker
 * that the topic changes ("Different question: how many …", "Switching topics - …", "By the way,
 * …"), or a topic label before the question ("kallby pool - how late is it open now?", "Ashgrove
 * tram: how much has been spent?"). A label names what the question's pronouns refer to, so they
 * need not point back to the previous turn.
 *
 * @param question the question without the marker (the label is kept: it names the subject)
 * @param shift whether a marker said the topic changes
 * @param label the topic label before the question, without its separator; empty when none
 */
public record TopicCue(String question, boolean shift, Optional<String> label) {

  private static final Pattern SHIFT = Pattern.compile("(?i)^\\s*(?:(?:a\\s+)?(?:different|another|new|other|"
      + "unrelated|separate|next)\\s+(?:question|topic|subject|thing|story)|(?:switching|changing|change of|"
      + "new|switch)\\s+(?:the\\s+)?(?:topics?|subjects?|gears?)|on\\s+(?:a|an)\\s+(?:different|other|unrelated|"
      + "separate)\\s+(?:note|topic|subject)|by the way|unrelated(?:\\s+but)?|one more thing|also unrelated|"
      + "(?:now\\s+|and\\s+)?something (?:else|different)(?:\\s+now)?|moving on|(?:on\\s+)?another note)"
      + "\\s*(?:[:,.;!?]|\\s[-–—]|$)+\\s*");
  /** Words that open a chat turn and say nothing about its topic: "ok", "thanks", "cool". */
  private static final Pattern FILLER = Pattern.compile("(?i)^\\s*(?:(?:(?:ok(?:ay)?|alright|thanks|thank you|thx|"
      + "hmm+|hm+)\\b|(?:all right|cool|great|nice|got it|sure|interesting)(?=\\s*[,.!;:]))\\s*[,.!;:]*\\s*)+");
  /** A label of one to five words, then a colon or a dash, then a question word. */
  private static final Pattern LABEL = Pattern.compile("^\\s*([\\p{L}\\d'’ ]{2,60}?)\\s*(?::|\\s[-–—]|—)\\s*"
      + "(?=(?i:what|who|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do|has|have|can|will|any)\\b)");

  /** The cue of a question as the user typed it. */
  public static TopicCue of(String asked) {
    String question = asked;
    Matcher filler = FILLER.matcher(question);
    if (filler.find() && filler.end() < question.length()) {
      question = question.substring(filler.end());
    }
    boolean shift = false;
    Matcher marker = SHIFT.matcher(question);
    if (marker.find() && marker.end() < question.length()) {
      question = question.substring(marker.end());
      shift = true;
    }
    Matcher label = LABEL.matcher(question);
    Optional<String> topic = Optional.empty();
    if (label.find() && label.group(1).strip().split("\\s+").length <= 5) {
      topic = Optional.of(label.group(1).strip());
    }
    return new TopicCue(question, shift, topic);
  }

  /** The question without its label: "how late is it open now?" for "kallby pool - how late is it open now?". */
  public String unlabelled() {
    Matcher label = LABEL.matcher(question);
    return label.find() && label.end() < question.length() ? question.substring(label.end()) : question;
  }

  /** A pronoun that points back to what was said before: "How heavy is it?", "What did she say?". */
  private static final Pattern POINTS_BACK =
      Pattern.compile("(?i)\\b(it|its|they|them|their|he|him|his|she|her)\\b");

  /**
   * Whether the question, without its label, points back with a pronoun ("How heavy is it?"): it
   * continues the conversation and cannot be a new topic said without a cue.
   */
  public boolean pointsBack() {
    return label.isEmpty() && POINTS_BACK.matcher(unlabelled()).find();
  }
}
