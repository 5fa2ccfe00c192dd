package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps only the story in an article's text: drops social-media embeds and page furniture, and
 * normalises whitespace into paragraphs separated by one blank line.
 *
 * <p>Every non-blank input line is one paragraph. Three rules remove what is not the story:
 *
 * <ol>
 *   <li><b>Embeds.</b> A copied tweet ends with an attribution such as {@code — Jane (@handle)
 *       February 24, 2025} (em dash, en dash, {@code -}, {@code --} or {@code &mdash;}). When it
 *       ends the line that holds the tweet, that line alone is the embed. When it stands on a
 *       line of its own, that line and the lines just before it belong to the embed as long as
 *       their combined length, with {@code pic.twitter.com}, {@code t.co} and other links
 *       removed, stays within {@value #EMBED_BUDGET} characters: a tweet is at most 280
 *       characters, while a story paragraph that long stops the walk back. A story paragraph
 *       shorter than what is left of the budget is swallowed too; that is the price of not
 *       knowing where a pasted tweet starts.
 *   <li><b>Embed links.</b> A line carrying a {@code pic.twitter.com}, {@code t.co}, or Instagram
 *       post link is embed residue and is dropped wherever it stands, unless its text without
 *       links is longer than a tweet: then it is a paragraph that cites a post.
 *   <li><b>Furniture.</b> Short lines (under {@value #FURNITURE_MAX_LENGTH} characters) that are
 *       only "Leave a Comment", "Share this:", "Share on X", "Click to share…", "Sign up for our
 *       newsletter…", "Advertisement", "Related: …", "Read more: …", "Follow us on …", "Copyright
 *       …", "All rights reserved" and the like are dropped. Longer lines are kept, since a sentence
 *       that merely starts with "Related" is part of the story.
 * </ol>
 */
public final class TextCleaner {

  /** The longest an embed may be: one tweet (280) plus room for a display name and quotes. */
  static final int EMBED_BUDGET = 300;

  static final int FURNITURE_MAX_LENGTH = 80;

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /** A tweet's attribution, on a line of its own or ending the line that holds the tweet. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?:^(?:—|–|-{1,2}|&mdash;|&#8212;)|\\s(?:—|–|--|&mdash;|&#8212;))"
              + "\\s*[^()]{0,80}\\(@\\w{1,30}\\)\\s*"
              + MONTH
              + "\\s+\\d{1,2},?\\s+\\d{4}$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern EMBED_LINK =
      Pattern.compile(
          "pic\\.twitter\\.com/|\\bt\\.co/\\w|instagram\\.com/(?:p|reel|tv)/",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ANY_LINK =
      Pattern.compile("(?:https?://|pic\\.twitter\\.com/)\\S*", Pattern.CASE_INSENSITIVE);

  private static final Pattern FURNITURE =
      Pattern.compile(
          "^(?:leave a (?:comment|reply)"
              + "|\\d*\\s*comments?"
              + "|share this(?: article| story)?:?"
              + "|share (?:on|to|via|with) .*"
              + "|click to (?:share|print|email).*"
              + "|(?:sign up|subscribe) (?:for|to) (?:our|the) .*newsletters?.*"
              + "|advertisements?|sponsored content"
              + "|related(?: articles| stories| posts| content| coverage)?(?::.*)?"
              + "|read more(?: here)?\\.?|read more:.*"
              + "|follow us (?:on|at) .*"
              + "|copyright\\s*(?:©|\\(c\\)|\\d{4}).*|©.*|\\(c\\) \\d{4}.*"
              + "|.*\\ball rights reserved\\.?)$",
          Pattern.CASE_INSENSITIVE);

  /** WordPress ends feed items with "The post <title> appeared first on <site>." */
  private static final Pattern APPEARED_FIRST =
      Pattern.compile("^The post .{1,300} appeared first on .{1,150}$");

  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
  private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF";

  private TextCleaner() {}

  /** The story in this text, as paragraphs separated by one blank line. */
  public static String clean(String text) {
    List<String> lines = lines(text);
    boolean[] dropped = new boolean[lines.size()];
    markEmbeds(lines, dropped);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!dropped[i] && !isEmbedResidue(line) && !isFurniture(line)) {
        kept.add(line);
      }
    }
    return String.join("\n\n", kept);
  }

  /** The non-blank lines of the text, each with its whitespace collapsed and stripped. */
  static List<String> lines(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .lines()
        .map(TextCleaner::withoutInvisibleCharacters)
        .map(line -> HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip())
        .filter(line -> !line.isEmpty())
        .collect(Collectors.toList());
  }

  static boolean isFurniture(String line) {
    return (line.length() < FURNITURE_MAX_LENGTH && FURNITURE.matcher(line).matches())
        || APPEARED_FIRST.matcher(line).matches();
  }

  private static String withoutInvisibleCharacters(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INVISIBLE.indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.length() == line.length() ? line : sb.toString();
  }

  /** A short line carrying an embed link; a long paragraph that cites one is story. */
  private static boolean isEmbedResidue(String line) {
    return mayHoldLink(line)
        && EMBED_LINK.matcher(line).find()
        && withoutLinks(line).length() <= EMBED_BUDGET;
  }

  private static void markEmbeds(List<String> lines, boolean[] dropped) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher attribution = ATTRIBUTION.matcher(line);
      if (!line.contains("(@") || !attribution.find()) {
        continue;
      }
      String tweet = withoutLinks(line.substring(0, attribution.start()));
      if (tweet.length() > EMBED_BUDGET) {
        continue; // a long paragraph that merely ends like an attribution
      }
      dropped[i] = true;
      if (!tweet.isEmpty()) {
        continue; // the tweet is on this line; the line before is more likely story than tweet
      }
      int budget = EMBED_BUDGET;
      for (int j = i - 1; j >= 0 && !dropped[j]; j--) {
        budget -= withoutLinks(lines.get(j)).length();
        if (budget < 0) {
          break;
        }
        dropped[j] = true;
      }
    }
  }

  /** A cheap test before the case-insensitive link pattern, which is slow on long lines. */
  private static boolean mayHoldLink(String line) {
    return line.contains(".co") || line.contains(".CO") || line.contains(".Co");
  }

  private static String withoutLinks(String line) {
    return ANY_LINK.matcher(line).replaceAll("").strip();
  }
}
