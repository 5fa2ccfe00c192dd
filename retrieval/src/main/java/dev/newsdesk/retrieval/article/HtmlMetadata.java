package dev.newsdesk.retrieval.article;

import java.net.URI;
import java.time.Instant;
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
 * Graph and other {@code meta} tags, then the visible page ({@code <title>}, {@code h1}, {@code
 * <time>}).
 */
record HtmlMetadata(
    Optional<String> title,
    String outlet,
    List<String> authors,
    Optional<Instant> published,
    Optional<String> url) {

  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: "};

  HtmlMetadata {
    authors = List.copyOf(authors);
  }

  /** The metadata of this page; {@code documentUrl} is where it was fetched from, if anywhere. */
  static HtmlMetadata of(Document page, Optional<JsonLdArticle> ld, Optional<String> documentUrl) {
    Optional<String> siteName =
        ld.flatMap(JsonLdArticle::publisherName).or(() -> meta(page, "property", "og:site_name"));
    Optional<String> url =
        Stream.of(link(page), meta(page, "property", "og:url"), ld.flatMap(JsonLdArticle::url))
            .flatMap(Optional::stream)
            .filter(HtmlMetadata::isWebAddress)
            .findFirst()
            .or(() -> documentUrl);
    String outlet = siteName.or(() -> url.flatMap(HtmlMetadata::host)).orElse("");
    return new HtmlMetadata(
        title(page, ld, siteName), outlet, authors(page, ld), published(page, ld), url);
  }

  /** The host of a web address without a leading {@code www.}, as a stand-in outlet name. */
  static Optional<String> host(String url) {
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost())
          .map(h -> h.toLowerCase(Locale.ROOT))
          .map(h -> h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> title(
      Document page, Optional<JsonLdArticle> ld, Optional<String> siteName) {
    return ld.flatMap(JsonLdArticle::headline)
        .or(() -> meta(page, "property", "og:title"))
        .or(() -> nonBlank(page.title()).map(t -> withoutSiteName(t, siteName)))
        .or(() -> Optional.ofNullable(page.selectFirst("h1")).flatMap(h -> nonBlank(h.text())));
  }

  private static String withoutSiteName(String title, Optional<String> siteName) {
    if (siteName.isEmpty()) {
      return title;
    }
    for (String separator : TITLE_SEPARATORS) {
      String suffix = separator + siteName.get();
      if (title.endsWith(suffix) && title.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static List<String> authors(Document page, Optional<JsonLdArticle> ld) {
    List<String> fromLd = ld.map(JsonLdArticle::authors).orElse(List.of());
    if (!fromLd.isEmpty()) {
      return fromLd.stream().distinct().toList();
    }
    List<String> names = new ArrayList<>();
    meta(page, "name", "author").map(Bylines::names).ifPresent(names::addAll);
    page.select("meta[property=article:author]").stream()
        .map(e -> e.attr("content").strip())
        .filter(a -> !a.isEmpty() && !isWebAddress(a))
        .forEach(names::add);
    page.select("a[rel~=(?i)author], [itemprop=author] [itemprop=name]").stream()
        .map(e -> e.text().strip())
        .filter(a -> !a.isEmpty())
        .forEach(names::add);
    return names.stream().distinct().toList();
  }

  private static Optional<Instant> published(Document page, Optional<JsonLdArticle> ld) {
    Stream<Optional<String>> candidates =
        Stream.of(
            ld.flatMap(JsonLdArticle::datePublished),
            meta(page, "property", "article:published_time"),
            meta(page, "name", "date"),
            meta(page, "name", "pubdate"),
            meta(page, "name", "publishdate"),
            meta(page, "itemprop", "datePublished"),
            Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")));
    return candidates.flatMap(Optional::stream).map(DateParser::parse).flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> link(Document page) {
    return Optional.ofNullable(page.selectFirst("link[rel~=(?i)canonical][href]"))
        .flatMap(e -> nonBlank(e.absUrl("href")).or(() -> nonBlank(e.attr("href"))));
  }

  private static Optional<String> meta(Document page, String attribute, String name) {
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
