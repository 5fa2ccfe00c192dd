package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds articles that are only part of the story, keeps what is real and says so.
 *
 * <p>Two kinds of stub are recognised. A <b>subscription wall</b>: a short paragraph such as
 * "Subscribe for unlimited access", "Already a subscriber? Log in" or "You have reached your limit
 * of free articles" is removed with everything after it. A <b>truncation marker</b>: text ending in
 * NewsAPI's {@code … [+3120 chars]}, or in {@code [...]} / {@code […]} as excerpts do, loses the
 * marker and the sentence it cut, so a cut sentence is never quoted. Either way the article is
 * marked {@linkplain ArticleNotes#partial partial} with a warning; an article with nothing real
 * left becomes a skipped {@link Problem}.
 */
final class Completeness {

  static final int WALL_MAX_LENGTH = 220;

  private static final Pattern WALL =
      Pattern.compile(
          "(?i).*(?:subscribe (?:now |today )?(?:for|to get) (?:unlimited|full|digital|complete)"
              + "|subscribe (?:now |today )?to (?:continue|keep) reading"
              + "|(?:continue|keep) reading[,:]? (?:please |by )?(?:subscribe|subscribing|sign|log)"
              + "|already (?:a subscriber|subscribed|have an account)"
              + "|(?:this|the rest of this|the full) (?:article|story|content) is (?:only )?"
              + "(?:available |reserved )?(?:for|to) (?:subscribers|members|premium)"
              + "|(?:sign|log) in to (?:continue|read|keep)"
              + "|(?:reached|used) (?:your|all (?:of )?your) (?:limit of )?(?:\\d+ )?free (?:articles|stories)"
              + "|(?:unlock|get) (?:unlimited|full) access"
              + "|become a (?:subscriber|member) to (?:read|continue)"
              + "|subscribers only"
              + ").*");

  private static final Pattern TRUNCATION =
      Pattern.compile("\\s*(?:…|\\.\\.\\.)?\\s*(\\[\\+\\d+ chars\\]|\\[(?:…|\\.\\.\\.|&hellip;)\\])\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*(?=\\s|$)");

  private Completeness() {}

  /** The result with every stub trimmed to what is real and noted, or reported when nothing is. */
  static ReadResult check(ReadResult result, String location) {
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(result.problems());
    Map<String, ArticleNotes> notes = new HashMap<>(result.notes());
    for (Article article : result.articles()) {
      ArticleNotes own = result.notesFor(article);
      Trimmed trimmed = trim(article.text());
      if (trimmed.why().isEmpty()) {
        articles.add(article);
        continue;
      }
      if (trimmed.text().isBlank()) {
        problems.add(Problem.skipped(location,
            "\"" + article.title() + "\" is only a stub (" + trimmed.why().get() + "), no article text"));
        notes.remove(article.id());
        continue;
      }
      articles.add(new Article(article.id(), article.url(), article.title(), article.outlet(),
          article.authors(), article.published(), trimmed.text()));
      notes.put(article.id(), own.partial(trimmed.why().get()));
    }
    return new ReadResult(articles, problems, notes);
  }

  private record Trimmed(String text, Optional<String> why) {}

  /** The text without a wall and what follows it, or without a truncation marker and cut sentence. */
  private static Trimmed trim(String text) {
    List<String> paragraphs = List.of(text.split("\n\n"));
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i).strip();
      if (p.length() <= WALL_MAX_LENGTH && WALL.matcher(p).matches()) {
        String kept = String.join("\n\n", paragraphs.subList(0, i)).strip();
        return new Trimmed(kept, Optional.of("subscription wall \"" + p + "\": only the text before it is indexed"));
      }
    }
    Matcher marker = TRUNCATION.matcher(text);
    if (marker.find()) {
      String before = text.substring(0, marker.start());
      String kept = completeSentences(before);
      return new Trimmed(kept, Optional.of("truncated by the source (" + marker.group(1)
          + "): the cut sentence is dropped"));
    }
    return new Trimmed(text, Optional.empty());
  }

  /** The text up to the end of its last complete sentence. */
  private static String completeSentences(String text) {
    Matcher m = SENTENCE_END.matcher(text);
    int end = 0;
    while (m.find()) {
      end = m.end();
    }
    return text.substring(0, end).strip();
  }
}
