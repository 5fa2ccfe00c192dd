package dev.newsdesk.retrieval.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown article, with optional front matter between {@code ---} lines.
 *
 * <p>Front matter is read as simple {@code key: value} lines, not full YAML: {@code title}, {@code
 * date}, {@code url}, {@code outlet}/{@code source}/{@code site}, and {@code author}/{@code
 * authors} (one name, {@code [a, b]}, or a {@code - name} list under the key). Without a title
 * there, the first {@code # } heading is the headline, else the first line. The body loses its
 * Markdown syntax ({@link MarkdownText}) and is cleaned with {@link TextCleaner}.
 */
public final class MarkdownReader implements ArticleReader {

  private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+(.*)$");
  private static final Pattern TITLE_HEADING = Pattern.compile("^#\\s+(.+?)\\s*#*$");
  private static final Map<String, String> KEY_ROLES =
      Map.of("headline", "title", "link", "url", "source", "outlet", "site", "outlet",
          "authors", "author", "published", "date");

  @Override
  public ReadResult read(SourceDocument document) {
    List<String> lines = document.text().replace("\uFEFF", "").lines().toList();
    Map<String, List<String>> front = new HashMap<>();
    int start = readFrontMatter(lines, front);
    List<String> body = new ArrayList<>(lines.subList(start, lines.size()));
    Optional<String> title = one(front, "title");
    title.ifPresent(t -> dropRepeatedTitle(body, t));
    title = title.or(() -> takeTitle(body));
    if (title.isEmpty()) {
      return ReadResult.problem(Problem.skipped(document.location(), "no text"));
    }
    String text = TextCleaner.clean(MarkdownText.paragraphsOf(String.join("\n", body)));
    if (text.isEmpty()) {
      return ReadResult.problem(
          Problem.skipped(document.location(), "no article text after the headline"));
    }
    Optional<String> url = one(front, "url").or(document::url);
    String outlet = one(front, "outlet").or(() -> url.flatMap(OutletNames::domainOf)).orElse("");
    List<String> authors =
        front.getOrDefault("author", List.of()).stream()
            .flatMap(a -> Bylines.names(a).stream())
            .distinct()
            .toList();
    PublicationDate published = PublicationDate.firstOf(one(front, "date")
        .map(d -> List.of(new PublicationDate.Candidate("front matter date", d))).orElse(List.of()));
    return ReadResult.of(
        Article.of(url, title.get(), outlet, authors, published.instant(), text),
        ArticleNotes.dated(published));
  }

  /** Reads front matter into {@code front}; the index of the first line after it. */
  private static int readFrontMatter(List<String> lines, Map<String, List<String>> front) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return 0;
    }
    String key = "";
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals("---") || line.strip().equals("...")) {
        return i + 1;
      }
      Matcher item = LIST_ITEM.matcher(line);
      Matcher pair = KEY_VALUE.matcher(line);
      if (item.matches() && !key.isEmpty()) {
        front.computeIfAbsent(key, k -> new ArrayList<>()).add(unquote(item.group(1)));
      } else if (pair.matches()) {
        String name = pair.group(1).toLowerCase(Locale.ROOT);
        key = KEY_ROLES.getOrDefault(name, name);
        List<String> values = values(pair.group(2));
        if (!values.isEmpty()) {
          front.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
        }
      }
    }
    front.clear(); // no closing line: it was not front matter after all
    return 0;
  }

  /** A value as a list: {@code [a, b]} is two values, {@code "a"} one, nothing none. */
  private static List<String> values(String raw) {
    String value = raw.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      return List.of(value.substring(1, value.length() - 1).split(",")).stream()
          .map(MarkdownReader::unquote)
          .filter(v -> !v.isEmpty())
          .toList();
    }
    String single = unquote(value);
    return single.isEmpty() ? List.of() : List.of(single);
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }

  private static Optional<String> one(Map<String, List<String>> front, String key) {
    return front.getOrDefault(key, List.of()).stream().findFirst();
  }

  /** Removes a first {@code # } heading that repeats the front matter's title. */
  private static void dropRepeatedTitle(List<String> body, String title) {
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = TITLE_HEADING.matcher(line);
      if (m.matches() && MarkdownText.paragraphsOf(m.group(1)).equals(title)) {
        body.remove(i);
      }
      return;
    }
  }

  /** Removes the headline from the body and returns it: the first {@code # } heading, else line. */
  private static Optional<String> takeTitle(List<String> body) {
    for (int i = 0; i < body.size(); i++) {
      Matcher m = TITLE_HEADING.matcher(body.get(i).strip());
      if (m.matches()) {
        body.remove(i);
        return Optional.of(MarkdownText.paragraphsOf(m.group(1)));
      }
    }
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i).strip();
      if (!line.isEmpty()) {
        body.remove(i);
        return Optional.of(MarkdownText.paragraphsOf(line));
      }
    }
    return Optional.empty();
  }
}
