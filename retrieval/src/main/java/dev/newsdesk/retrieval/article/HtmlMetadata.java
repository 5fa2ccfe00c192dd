package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about the article it carries: headline, outlet, authors, date and link.
 *
 * <p>Each field is taken from the most deliberate statement available: JSON-LD first, then Open
 * Graph and other {@code meta} tags, then the visible page ({@code <title>}, {@code h1}, bylines,
 * {@code <time>}). The date sources and their order are {@link PageDates}'s. A title loses a
 * trailing "| Site" or "| Author" segment; the outlet is JSON-LD {@code publisher.name}, else
 * {@code og:site_name}, else {@code application-name}, else the registrable domain of the link.
 */
record HtmlMetadata(
    Optional<String> title,
    String outlet,
    List<String> authors,
    PublicationDate published,
    Optional<String> url) {

  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · "};
  static final String BYLINE_ELEMENTS =
      "[class~=(?i)(^|[\\s_-])(byline|author|author-name|writer|contributor)s?($|[\\s_-])],"
          + " [rel~=(?i)author], [itemprop=author]";

  HtmlMetadata {
    authors = List.copyOf(authors);
  }

  /** The metadata of this page; {@code documentUrl} is where it was fetched from, if anywhere. */
  static HtmlMetadata of(Document page, Optional<JsonLdArticle> ld, Optional<String> documentUrl) {
    Optional<String> siteName =
        ld.flatMap(JsonLdArticle::publisherName)
            .or(() -> meta(page, "property", "og:site_name"))
            .or(() -> meta(page, "name", "application-name"));
    Optional<String> url =
        Stream.of(link(page), meta(page, "property", "og:url"), ld.flatMap(JsonLdArticle::url))
            .flatMap(Optional::stream)
            .filter(HtmlMetadata::isWebAddress)
            .findFirst()
            .or(() -> documentUrl);
    Optional<String> domain = url.flatMap(OutletNames::domainOf);
    String outlet = siteName.or(() -> domain).orElse("");
    List<String> authors = authors(page, ld);
    List<String> suffixes = new ArrayList<>(authors);
    siteName.ifPresent(suffixes::add);
    domain.ifPresent(suffixes::add);
    return new HtmlMetadata(
        title(page, ld, suffixes), outlet, authors, PageDates.published(page, ld), url);
  }

  private static Optional<String> title(
      Document page, Optional<JsonLdArticle> ld, List<String> suffixes) {
    Optional<String> h1 =
        Optional.ofNullable(page.selectFirst("h1")).flatMap(h -> nonBlank(h.text()));
    return ld.flatMap(JsonLdArticle::headline)
        .or(() -> meta(page, "property", "og:title"))
        .or(() -> meta(page, "name", "twitter:title"))
        .or(() -> nonBlank(page.title()).map(t -> h1.filter(t::startsWith).orElseGet(() -> headlineIn(t, page))))
        .or(() -> h1)
        .map(t -> withoutSuffixes(t, suffixes));
  }

  /**
   * The part of a {@code <title>} such as "Site - Headline" that the page shows as its headline (an
   * {@code h1}–{@code h3}, bold text or an element named title or headline); else the whole title.
   */
  private static String headlineIn(String title, Document page) {
    for (String separator : TITLE_SEPARATORS) {
      for (String segment : title.split(java.util.regex.Pattern.quote(separator))) {
        String s = segment.strip();
        if (s.length() >= 12 && s.length() < title.length() && page.select(
            "h1, h2, h3, b, strong, [class~=(?i)title|headline]").stream().anyMatch(e -> e.text().strip().equals(s))) {
          return s;
        }
      }
    }
    return title;
  }

  /** The title without trailing segments that name the site, its domain or an author. */
  static String withoutSuffixes(String title, List<String> names) {
    String t = title.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String separator : TITLE_SEPARATORS) {
        int at = t.lastIndexOf(separator);
        if (at <= 0) {
          continue;
        }
        String tail = t.substring(at + separator.length()).strip();
        if (names.stream().anyMatch(n -> n.equalsIgnoreCase(tail) || sameSite(n, tail))) {
          t = t.substring(0, at).strip();
          changed = true;
        }
      }
    }
    return t;
  }

  private static boolean sameSite(String name, String tail) {
    String a = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    String b = tail.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    return a.equals(b);
  }

  private static List<String> authors(Document page, Optional<JsonLdArticle> ld) {
    List<String> fromLd = ld.map(JsonLdArticle::authors).orElse(List.of());
    if (!fromLd.isEmpty()) {
      return fromLd.stream().distinct().toList();
    }
    List<String> names = new ArrayList<>();
    meta(page, "name", "author").filter(a -> !isWebAddress(a)).map(Bylines::names)
        .ifPresent(names::addAll);
    page.select("meta[property=article:author]").stream()
        .map(e -> e.attr("content").strip())
        .filter(a -> !a.isEmpty() && !isWebAddress(a))
        .forEach(names::add);
    if (names.isEmpty()) {
      page.select("[itemprop=author] [itemprop=name], a[rel~=(?i)author]").stream()
          .map(e -> e.text().strip())
          .filter(a -> !a.isEmpty())
          .forEach(names::add);
    }
    if (names.isEmpty()) {
      page.select(BYLINE_ELEMENTS).stream()
          .map(e -> e.text().strip())
          .filter(t -> !t.isEmpty() && t.length() < 120)
          .findFirst()
          .ifPresent(t -> names.addAll(Bylines.parse(t).orElseGet(() -> Bylines.names(t))));
    }
    return names.stream().distinct().toList();
  }

  private static Optional<String> link(Document page) {
    return Optional.ofNullable(page.selectFirst("link[rel~=(?i)canonical][href]"))
        .flatMap(e -> nonBlank(e.absUrl("href")).or(() -> nonBlank(e.attr("href"))));
  }

  static Optional<String> meta(Document page, String attribute, String name) {
    for (Element e : page.select("meta[" + attribute + "]")) {
      if (e.attr(attribute).equalsIgnoreCase(name)) {
        Optional<String> content = nonBlank(e.attr("content"));
        if (content.isPresent()) {
          return content;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isWebAddress(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.startsWith("http://") || v.startsWith("https://");
  }

  private static Optional<String> nonBlank(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
