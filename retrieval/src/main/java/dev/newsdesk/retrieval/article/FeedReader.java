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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Links are resolved against the item's {@code xml:base}, else the feed's own URL, else the
 * channel link ({@link FeedItems}); a link that stays relative gives an id that includes the
 * feed's identity, so two outlets' {@code /story/1001} never overwrite each other. Dates are read
 * from the item's own fields by {@link DateParser} (the name of the field is kept as {@code
 * published_from}); an unreadable one is a warning, never a guess. Titles keep their literal
 * text ({@link Titles}). Two items with the same link: the second is reported, not silently merged.
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
    String outlet = Optional.ofNullable(feed.getTitle()).map(Titles::fromHtml).orElse("");
    Optional<String> channelLink = nonBlank(feed.getLink());
    List<SyndEntry> entries = feed.getEntries();
    Optional<List<FeedItems.Item>> raw =
        FeedItems.read(document.text().replace("\uFEFF", "").strip(), document.url(), channelLink)
            .filter(items -> items.size() == entries.size());
    String feedIdentity = document.url().or(() -> channelLink).orElse(outlet + "\n" + document.location());
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, ArticleNotes> notes = new HashMap<>();
    Map<String, Integer> itemById = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String location = document.location() + " item " + (i + 1);
      int index = i;
      Optional<FeedItems.Item> item = raw.map(items -> items.get(index));
      Optional<Read> read = article(entries.get(i), outlet, item, feedIdentity);
      if (read.isEmpty()) {
        problems.add(Problem.skipped(location, "entry has neither a link nor text"));
        continue;
      }
      Article article = read.get().article();
      Integer earlier = itemById.putIfAbsent(article.id(), i + 1);
      if (earlier != null) {
        problems.add(Problem.skipped(location, "same link as item " + earlier
            + (article.url().map(u -> " (" + u + ")").orElse("")) + "; only the first is kept"));
        continue;
      }
      articles.add(article);
      notes.put(article.id(), read.get().notes());
    }
    return new ReadResult(articles, problems, notes);
  }

  private static SyndFeed parse(String xml) throws FeedException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    return input.build(new StringReader(xml.replace("\uFEFF", "").strip()));
  }

  private record Read(Article article, ArticleNotes notes) {}

  private static Optional<Read> article(
      SyndEntry entry, String outlet, Optional<FeedItems.Item> item, String feedIdentity) {
    Optional<String> rawLink = nonBlank(entry.getLink()).or(() -> nonBlank(entry.getUri())
        .filter(u -> u.startsWith("http") || u.startsWith("/")));
    // a link that cannot be read as an address at all is kept as written, so the ingest reports it
    Optional<String> link = rawLink.flatMap(l -> FeedItems.malformed(l) ? Optional.of(l.strip())
        : FeedItems.resolve(l, item.flatMap(FeedItems.Item::base)));
    String text = text(entry);
    if (rawLink.isEmpty() && text.isEmpty()) {
      return Optional.empty();
    }
    String title = title(entry).orElseGet(() -> text.isEmpty() ? rawLink.get() : Headlines.fromText(text));
    PublicationDate date = published(entry, item);
    ArticleNotes notes = ArticleNotes.dated(date);
    String id;
    if (link.isPresent()) {
      id = ArticleId.fromUrl(link.get());
    } else if (rawLink.isPresent()) {
      id = ArticleId.fromRelativeLink(feedIdentity, rawLink.get());
      notes = notes.warn("link \"" + rawLink.get() + "\" is relative and the feed gives no base "
          + "(xml:base, its own URL, a channel link); stored without a link");
    } else {
      id = ArticleId.fromContent(outlet, title, date.instant());
    }
    return Optional.of(new Read(
        new Article(id, link, title, outlet, authors(entry), date.instant(), text), notes));
  }

  /** The entry's title as text: literal for Atom text titles, HTML made text otherwise. */
  private static Optional<String> title(SyndEntry entry) {
    SyndContent title = entry.getTitleEx();
    String value = title != null && title.getValue() != null ? title.getValue() : entry.getTitle();
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String type = title == null ? null : title.getType();
    String text;
    if ("text".equalsIgnoreCase(type) || "text/plain".equalsIgnoreCase(type)) {
      text = Titles.fromText(value);
    } else if ("xhtml".equalsIgnoreCase(type) || "application/xhtml+xml".equalsIgnoreCase(type)) {
      text = Titles.fromText(org.jsoup.Jsoup.parseBodyFragment(value).text());
    } else {
      text = Titles.fromHtml(value);
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** The date as written in the item, read by {@link DateParser}; else Rome's reading. */
  private static PublicationDate published(SyndEntry entry, Optional<FeedItems.Item> item) {
    PublicationDate ours =
        PublicationDate.firstOf(item.map(FeedItems.Item::dates).orElse(List.of()));
    if (ours.instant().isPresent()) {
      return ours;
    }
    Optional<Instant> rome = Optional.ofNullable(entry.getPublishedDate())
        .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
        .map(Date::toInstant);
    return rome.map(r -> PublicationDate.of(r, "feed date (Rome)")).orElse(ours);
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
