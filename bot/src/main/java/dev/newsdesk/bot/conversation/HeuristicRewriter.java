package dev.newsdesk.bot.conversation;


import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Rewrites follow-ups without a model. A question that leans on the previous turn gets its pronoun
 * resolved and the previous question's names, topic and time words appended, so retrieval finds the
 * same story; a question on a new topic is left alone.
 *
 * <ul>
 *   <li><b>Topic shift</b>: the question names something ("Voltaren Labs", "Tarnby") that the
 *       previous turn never mentioned, or it is a bare topic ("oat milk recall") sharing no word
 *       with the previous turn: it stands alone, even after "and".
 *   <li><b>Follow-up</b>: a pronoun or "the company" points back, it opens with "and", "what
 *       about", or it is a question naming nothing ("how many people had to leave?").
 *   <li><b>Pronouns</b>: "he", "she", "his", "her" become the first person named in the previous
 *       answer (else the previous question); "it", "they", "its", "their", "the company" become the
 *       first name in the previous question, and "they", "them", "their" after a question asking who
 *       or which one the first name of the answer the question lacks ("Who scored their winner?" after
 *       "Who won the Coastal Cup?" asks about Harbor FC). "What did he say next?" after "What did Trump say about
 *       rare earth minerals last week?" becomes "What did Trump say next? (rare earth minerals, last
 *       week)".
 * </ul>
 */
public final class HeuristicRewriter implements FollowUpRewriter {

  private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)\\b(he|she|him|her|his|hers)\\b");
  private static final Pattern THING_PRONOUN = Pattern.compile(
      "(?i)\\b(it|its|they|them|their|theirs|the (company|firm|club|city|council|union|institute|team|group|"
          + "society|museum|library|festival|project|plant|factory|bridge|service|operator|authority|agency|probe|"
          + "government|town|programme|program|cooperative|start-up|startup))\\b");
  /** The plural pronouns, which after a question asking who may stand for the answer: "their winner". */
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs");
  /** A question asking who or which one: its answer names someone the question does not. */
  private static final Pattern ASKS_WHO = Pattern.compile("(?i)\\s*(?:who|which)\\b");
  /** A day or a recent period a question without a topic asks about: "today", "this week", "last night". */
  private static final Pattern NEWS_OF_A_DAY = Pattern.compile(
      "\\b(today|yesterday|tonight|this (morning|afternoon|evening|week|month)|last (night|week))\\b");
  private static final Pattern CONTINUATION = Pattern.compile("^(and|but|also|so|then|what about|how about)\\b");
  private static final Pattern QUESTION_FORM = Pattern.compile("^(what|who|whom|whose|when|where|why|how|which|did|"
      + "does|do|is|are|was|were|has|have|had|can|could|will|would|should)\\b");
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\d'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\d'’.-]*)*");
  /** A person's name: two or three capitalised words of letters, optionally after a title. */
  private static final Pattern PERSON = Pattern.compile(
      "(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})\\b");
  private static final Pattern NUMBER_OR_TIME = Pattern.compile(
      "\\b(\\d[\\d,.%]*|(?:last|this|past|next)\\s+(?:week|month|year|night|\\w+day)|yesterday|today|"
          + "in\\s+\\p{Lu}\\p{Ll}+\\s*\\d{0,4})\\b");
  /** A month or weekday: capitalised, but a date, not a name a pronoun could stand for. */
  private static final Pattern CALENDAR = Pattern.compile("(?i)(january|february|march|april|may|june|july|august|"
      + "september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\\s+\\d{1,4})?");
  private static final Set<String> QUESTION_WORDS = Set.of("What", "Who", "When", "Where", "Why", "How", "Which",
      "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Tell", "The", "A", "An",
      "And", "But", "In", "On", "I", "Has", "Have", "Had", "Any", "So", "Also", "Then", "It", "Its", "They", "He",
      "She", "Her", "His", "Meanwhile", "Earlier", "Later", "After", "Before", "According", "Under", "At", "By");
  private static final Set<String> STOP = Set.of("what", "who", "when", "where", "why", "how", "which", "did",
      "does", "do", "is", "are", "was", "were", "the", "a", "an", "of", "to", "in", "on", "about", "say", "said",
      "tell", "me", "and", "for", "with", "at", "by", "from", "last", "this", "past", "next", "week", "month",
      "year", "yesterday", "today", "night", "any", "news", "has", "have", "had", "will", "would", "be", "been",
      "there", "it", "its", "they", "them", "their", "he", "she", "his", "her", "him", "much", "many", "happened",
      "happen", "after", "that", "so", "also", "but", "or", "can", "could", "get", "got", "latest", "new");

  private final Predicate<String> thing;

  /** A rewriter that knows no words: "the museum" always points back to the previous turn. */
  public HeuristicRewriter() {
    this(word -> false);
  }

  /**
   * @param thing whether a lower-case word names a thing (a noun, not people in general: "whale",
   *     "museum"), by which "How big is the whale at the museum?" is told to open a new topic
   */
  public HeuristicRewriter(Predicate<String> thing) {
    this.thing = thing;
  }

  @Override
  public String standalone(String question, List<Turn> history) {
    if (history.isEmpty()) {
      return question;
    }
    Turn previous = history.get(history.size() - 1);
    if (!isFollowUp(question, previous, thing)) {
      return question;
    }
    String resolved = resolvePronouns(question, previous);
    Set<String> carried = new LinkedHashSet<>();
    carried.addAll(names(previous.standalone()));
    carried.addAll(keywords(previous.standalone()));
    carried.addAll(matches(NUMBER_OR_TIME, previous.standalone()));
    carried.removeIf(c -> resolved.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT))
        || c.contains("(") || c.contains(")"));
    return carried.isEmpty() ? resolved : resolved + " (" + String.join(", ", carried) + ")";
  }

  /** Whether the question leans on the previous turn rather than opening a new topic. */
  static boolean isFollowUp(String question, Turn previous, Predicate<String> namesThing) {
    String q = question.strip();
    String lower = q.toLowerCase(Locale.ROOT);
    String before = (previous.standalone() + " " + previous.answer()).toLowerCase(Locale.ROOT);
    Set<String> named = names(q);
    Optional<String> label = TopicCue.of(q).label();
    if (label.isPresent()) {
      // "kallby pool - how late is it open now?": the label, not the previous turn, is what "it" is
      return contentWords(label.get().toLowerCase(Locale.ROOT)).stream().anyMatch(before::contains);
    }
    if (CONTINUATION.matcher(lower).find() && q.split("\\s+").length <= 4) {
      return true;
    }
    if (!named.isEmpty() && named.stream().noneMatch(n -> before.contains(n.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    // "the company" points back to the body the previous turn named; "the museum" only when the previous turn
    // wrote it, or the question has no things of its own besides: "How big is the whale at the museum?" after a
    // question on the floods names a new topic
    Matcher thing = THING_PRONOUN.matcher(q);
    boolean pointer = thing.find();
    boolean person = PERSON_PRONOUN.matcher(q).find();
    boolean continuation = CONTINUATION.matcher(lower).find();
    if (pointer && !person && !continuation && thing.group(2) != null && unwritten(thing.group(2), before)
        && newTopic(lower, before, namesThing)) {
      return false;
    }
    if (person || pointer || continuation) {
      return true;
    }
    // "What happened today?" asks about the news of a day, not about the previous turn's story
    if (contentWords(lower).isEmpty() && NEWS_OF_A_DAY.matcher(lower).find()) {
      return false;
    }
    if (QUESTION_FORM.matcher(lower).find()) {
      return named.isEmpty();
    }
    return contentWords(lower).stream().anyMatch(before::contains);
  }

  /** Bodies "the …" points back to: the previous turn names them by their names ("Halvard Rail"), not so. */
  private static final Set<String> BODIES = Set.of("company", "firm", "club", "city", "council", "union", "institute",
      "team", "group", "society", "operator", "authority", "agency", "government", "cooperative", "start-up", "startup");

  /** Whether "the museum" names a thing the previous turn never wrote ({@code before}, lower case), and not a body. */
  private static boolean unwritten(String theThing, String before) {
    String lower = theThing.toLowerCase(Locale.ROOT);
    return !BODIES.contains(lower) && !before.contains(lower);
  }

  /** How many things a question of its own names: two ("the whale", "the museum"), not one ("the crowd"). */
  private static final int OWN_THINGS = 2;

  /**
   * Whether a question whose "the museum" the previous turn never wrote is on a new topic: it names
   * at least {@value #OWN_THINGS} things ({@code thing}) and none of its
   * content words is in the previous turn ({@code before}: its question and answer, lower case). A
   * question without such a pointer is not judged so: "How much longer will the diversion make the
   * trip?" after a question on a bridge's closure names two things of its own and still follows up.
   */
  private static boolean newTopic(String lower, String before, Predicate<String> thing) {
    Set<String> words = contentWords(lower);
    if (words.stream().anyMatch(before::contains)) {
      return false;
    }
    long things = java.util.Arrays.stream(lower.split("[^\\p{L}]+"))
        .filter(w -> w.length() > 2 && !STOP.contains(w) && thing.test(w)).count();
    return things >= OWN_THINGS;
  }

  /** The question with its first person or thing pronoun replaced by whom or what it refers to. */
  private static String resolvePronouns(String question, Turn previous) {
    String out = expandContractions(question);
    Matcher person = PERSON_PRONOUN.matcher(out);
    if (person.find()) {
      Optional<String> who = firstPerson(previous.answer(), previous.standalone())
          .or(() -> firstPerson(previous.standalone(), ""))
          .or(() -> names(previous.standalone()).stream().findFirst());
      if (who.isPresent()) {
        String word = person.group(1).toLowerCase(Locale.ROOT);
        String name = word.equals("his") || word.equals("hers") || (word.equals("her") && possessive(out, person.end()))
            ? who.get() + "'s" : who.get();
        out = out.substring(0, person.start()) + name + out.substring(person.end());
      }
    }
    Matcher thing = THING_PRONOUN.matcher(out);
    if (thing.find()) {
      String word = thing.group(1).toLowerCase(Locale.ROOT);
      // "they" after "Who won the Coastal Cup?" is who won: the first name of the answer the question lacks
      Optional<String> answered = PLURAL.contains(word) && ASKS_WHO.matcher(previous.standalone()).lookingAt()
          ? names(previous.answer()).stream().filter(name -> !previous.standalone().contains(name)).findFirst()
          : Optional.empty();
      // "the Brennick Maritime Museum's new hall": the museum, not "Museum's"
      Optional<String> what = answered.or(() -> names(previous.standalone()).stream().findFirst())
          .map(name -> name.replaceAll("['’]s?$", ""));
      if (what.isPresent()) {
        String name = word.equals("its") || word.equals("their") ? what.get() + "'s" : what.get();
        out = out.substring(0, thing.start()) + name + out.substring(thing.end());
      }
    }
    return out;
  }

  /**
   * The question with a pronoun's contraction written out ("they'll" becomes "they will", "it's" "it
   * is"), so that resolving the pronoun leaves no "Gull Island'll" behind, a word no article holds.
   */
  static String expandContractions(String question) {
    Matcher m = CONTRACTED_PRONOUN.matcher(question);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String full = switch (m.group(2).toLowerCase(Locale.ROOT)) {
        case "ll" -> "will";
        case "re" -> "are";
        case "ve" -> "have";
        case "d" -> "would";
        default -> "is";
      };
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + full));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A pronoun with a contracted verb: "they'll", "they're", "it's", "she'd" (straight or curly mark). */
  private static final Pattern CONTRACTED_PRONOUN = Pattern.compile(
      "(?i)\\b(he|she|it|they)['’](ll|re|ve|d|s)\\b");

  /** Whether the pronoun ending at {@code end} is followed by a noun ("her time"), not a verb or the end. */
  private static boolean possessive(String text, int end) {
    String rest = text.substring(end).strip();
    return !rest.isEmpty() && Character.isLetter(rest.charAt(0)) && !rest.matches("(?i)^(say|said|do|did|win|won|"
        + "get|got|finish|finished|come|came|go|went|be|is|was|will|has|had)\\b.*");
  }

  /** The first person's name in the text that is not one of the excluded text's names. */
  private static Optional<String> firstPerson(String text, String excluded) {
    Matcher m = PERSON.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String first = name.split("\\s+")[0];
      if (!QUESTION_WORDS.contains(first) && !excluded.contains(name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : matches(NAME, text)) {
      String trimmed = name.replaceAll("^(" + String.join("|", QUESTION_WORDS) + ")\\s+", "").strip();
      // "What's", "Who's", "It's": a question word with a contraction names nothing; "in April" is a date
      if (!trimmed.isEmpty() && !QUESTION_WORDS.contains(trimmed.replaceAll("['’]\\p{L}{1,2}$", ""))
          && !CALENDAR.matcher(trimmed).matches()) {
        out.add(trimmed);
      }
    }
    return out;
  }

  private static Set<String> contentWords(String lower) {
    Set<String> out = new LinkedHashSet<>();
    for (String word : lower.split("[^\\p{L}\\d]+")) {
      if (word.length() > 2 && !STOP.contains(word)) {
        out.add(word.length() > 5 ? word.substring(0, word.length() - 2) : word);
      }
    }
    return out;
  }

  /** The previous question's content words that are not names: "rare earth minerals". */
  private static Set<String> keywords(String text) {
    Set<String> out = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    for (String word : text.replaceAll("[?!.,;:()]", " ").split("\\s+")) {
      boolean content = !word.isEmpty() && Character.isLowerCase(word.charAt(0))
          && !STOP.contains(word.toLowerCase(Locale.ROOT));
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
