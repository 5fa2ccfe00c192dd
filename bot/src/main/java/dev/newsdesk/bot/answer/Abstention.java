package dev.newsdesk.bot.answer;

/**
 * The words an answer uses to decline. The model is handed {@link #MODEL_PHRASE} through the
 * prompts' {@code {{abstain}}} placeholder and asked to reply with it alone, so rewording the prompt
 * files never breaks the detection of an abstention.
 */
public final class Abstention {

  /** What the model is told to say when its sources do not answer. */
  public static final String MODEL_PHRASE = "The sources do not say.";

  /** What the extractive composer says when the indexed news does not answer. */
  public static final String NOT_FOUND =
      "I couldn't find anything in the indexed news that answers this question.";

  private Abstention() {}

  /** The wordings models use to decline even when told the phrase; none comes from a prompt file. */
  private static final java.util.regex.Pattern USUAL_WORDS = java.util.regex.Pattern.compile(
      "(?i)\\b(the (provided |given )?(sources|articles|passages) (do not|don't|does not|doesn't) "
          + "(say|mention|contain|answer|cover|include)|i (couldn't|could not|cannot|can't) find|"
          + "no (relevant )?information (about|on)|not (mentioned|covered) in the (sources|articles))");

  /**
   * Whether a model's uncited text declines: it holds {@link #MODEL_PHRASE} (case and punctuation
   * aside) or one of the usual wordings of "the sources do not say".
   */
  static boolean isModelAbstention(String text) {
    return normalise(text).contains(normalise(MODEL_PHRASE)) || USUAL_WORDS.matcher(text).find();
  }

  private static String normalise(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
