package dev.newsdesk.retrieval.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the entries of an RSS (0.9x, 1.0, 2.0) or Atom 1.0 feed as articles, with Rome.
 *
 * <p>An entry's text is its full content ({@code content:encoded}, Atom {@code content}) when the
 * feed carries it, else its description or summary. The outlet is the feed's title. An entry with
 * a link but no text still becomes an article, with empty text, so the caller can fetch the page;
 * one with neither is skipped as {@code feed.xml item 3}. Doctype declarations are refused, which
 * keeps external entities (XXE) out.
 */
public final class FeedReader implements ArticleReader {

  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("(?i)^error on line (\\d+):\\s*");
  private static final Pattern RSS_AUTHOR = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

  @Override
  public ReadResult read(SourceDocument document) {
    SyndFeed feed;
    try {
      feed = parse(document.text());
    } catch (FeedException | RuntimeException e) {
      // Rome reports some broken feeds with runtime exceptions; bad input must not escape as one.
      return ReadResult.problem(Problem.failed(document.location(), describe(e)));
    }
    String outlet = Optional.ofNullable(feed.getTitle()).map(String::strip).orElse("");
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      Optional<Article> article = article(entries.get(i), outlet);
      if (article.isPresent()) {
        articles.add(article.get());
      } else {
        problems.add(
            Problem.skipped(
                document.location() + " item " + (i + 1), "entry has neither a link nor text"));
      }
    }
    return new ReadResult(articles, problems);
  }

  private static SyndFeed parse(String xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    return input.build(new StringReader(xml.replace("\uFEFF", "").strip()));
  }

  private static Optional<Article> article(SyndEntry entry, String outlet) {
    Optional<String> link = nonBlank(entry.getLink());
    String text = text(entry);
    if (link.isEmpty() && text.isEmpty()) {
      return Optional.empty();
    }
    String title =
        nonBlank(entry.getTitle())
            .map(HtmlText::paragraphsOf)
            .filter(t -> !t.isBlank())
            .orElseGet(() -> text.isEmpty() ? link.get() : Headlines.fromText(text));
    Optional<Instant> published =
        Optional.ofNullable(entry.getPublishedDate())
            .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
            .map(Date::toInstant);
    return Optional.of(Article.of(link, title, outlet, authors(entry), published, text));
  }

  private static String text(SyndEntry entry) {
    String content =
        entry.getContents().stream()
            .map(SyndContent::getValue)
            .flatMap(v -> nonBlank(v).stream())
            .collect(Collectors.joining("\n"));
    String raw =
        content.isEmpty()
            ? Optional.ofNullable(entry.getDescription()).map(SyndContent::getValue).orElse("")
            : content;
    return TextCleaner.clean(HtmlText.looksLikeHtml(raw) ? HtmlText.paragraphsOf(raw) : raw);
  }

  private static List<String> authors(SyndEntry entry) {
    Stream<String> people = entry.getAuthors().stream().map(SyndPerson::getName);
    Stream<String> single = Stream.ofNullable(entry.getAuthor());
    return Stream.concat(people, single)
        .flatMap(name -> nonBlank(name).stream())
        .map(FeedReader::personName)
        .flatMap(name -> Bylines.names(name).stream())
        .distinct()
        .toList();
  }

  /** RSS writes authors as {@code jane@outlet.example (Jane Roe)}: the name is what matters. */
  private static String personName(String author) {
    Matcher m = RSS_AUTHOR.matcher(author);
    return m.matches() ? m.group(1) : author;
  }

  private static String describe(Exception e) {
    if (e instanceof IllegalArgumentException && "Invalid document".equals(e.getMessage())) {
      return "malformed feed: not an RSS or Atom feed";
    }
    String reason = Optional.ofNullable(e.getCause()).map(Throwable::getMessage)
        .or(() -> Optional.ofNullable(e.getMessage()))
        .orElse("unreadable XML");
    if (reason.contains("disallow-doctype-decl")) {
      reason = "a DOCTYPE is not allowed in a feed (it could pull in external entities)";
    }
    int line = e instanceof ParsingFeedException p ? p.getLineNumber() : -1;
    Matcher m = LINE_IN_MESSAGE.matcher(reason);
    if (m.find()) {
      line = line > 0 ? line : Integer.parseInt(m.group(1));
      reason = reason.substring(m.end());
    }
    return "malformed feed: " + reason.strip() + (line > 0 ? " (line " + line + ")" : "");
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
