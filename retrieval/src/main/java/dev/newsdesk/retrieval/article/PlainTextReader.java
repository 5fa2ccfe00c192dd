package dev.newsdesk.retrieval.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: optional header lines, a headline, an optional byline and date
 * line, then the story, one paragraph a line.
 *
 * <p>The layout it expects, every part but the headline and the story optional:
 *
 * <pre>
 * URL: https://outlet.example/story        (also Source:/Outlet:, Date:, Title:, Author:)
 * Headline of the story
 * By Jane Roe and John Doe
 * February 24, 2025
 * First paragraph ...
 * </pre>
 *
 * The story is cleaned with {@link TextCleaner}.
 */
public final class PlainTextReader implements ArticleReader {

  private static final Pattern HEADER =
      Pattern.compile(
          "^(url|link|source|outlet|date|published|title|author|authors|byline):\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> HEADER_ROLES =
      Map.of("link", "url", "source", "outlet", "published", "date", "authors", "author",
          "byline", "author");
  private static final int MAX_DATE_LINE_LENGTH = 40;

  @Override
  public ReadResult read(SourceDocument document) {
    List<String> lines = TextCleaner.lines(document.text());
    Map<String, String> headers = new HashMap<>();
    int next = readHeaders(lines, headers);
    Optional<String> title = Optional.ofNullable(headers.get("title"));
    if (title.isEmpty() && next < lines.size()) {
      title = Optional.of(lines.get(next++));
    }
    if (title.isEmpty()) {
      return ReadResult.problem(Problem.skipped(document.location(), "no text"));
    }
    Optional<List<String>> byline =
        next < lines.size() ? Bylines.parse(lines.get(next)) : Optional.empty();
    next += byline.isPresent() ? 1 : 0;
    Optional<Instant> dateLine = next < lines.size() ? dateLine(lines.get(next)) : Optional.empty();
    next += dateLine.isPresent() ? 1 : 0;
    String text = TextCleaner.clean(String.join("\n", lines.subList(next, lines.size())));
    if (text.isEmpty()) {
      return ReadResult.problem(
          Problem.skipped(document.location(), "no article text after the headline"));
    }
    Optional<String> url = Optional.ofNullable(headers.get("url")).or(document::url);
    String outlet =
        Optional.ofNullable(headers.get("outlet"))
            .or(() -> url.flatMap(OutletNames::domainOf))
            .orElse("");
    List<String> authors =
        byline.orElseGet(
            () -> Optional.ofNullable(headers.get("author")).map(Bylines::names).orElse(List.of()));
    PublicationDate published = dateLine
        .map(d -> PublicationDate.of(d, "date line"))
        .orElseGet(() -> PublicationDate.firstOf(Optional.ofNullable(headers.get("date"))
            .map(d -> List.of(new PublicationDate.Candidate("Date: header", d))).orElse(List.of())));
    return ReadResult.of(
        Article.of(url, title.get(), outlet, authors, published.instant(), text),
        ArticleNotes.dated(published));
  }

  /** Reads the {@code Name: value} lines at the top into {@code headers}; the next line's index. */
  private static int readHeaders(List<String> lines, Map<String, String> headers) {
    int i = 0;
    while (i < lines.size()) {
      Matcher m = HEADER.matcher(lines.get(i));
      if (!m.matches()) {
        break;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String value = m.group(2).strip();
      String role = HEADER_ROLES.getOrDefault(name, name);
      if (role.equals("outlet") && isWebAddress(value)) {
        role = "url";
      }
      headers.putIfAbsent(role, value);
      i++;
    }
    return i;
  }

  private static Optional<Instant> dateLine(String line) {
    return line.length() <= MAX_DATE_LINE_LENGTH ? DateParser.parse(line) : Optional.empty();
  }

  private static boolean isWebAddress(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.startsWith("http://") || v.startsWith("https://");
  }
}
