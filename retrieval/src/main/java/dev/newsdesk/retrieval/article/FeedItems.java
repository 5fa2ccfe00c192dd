package dev.newsdesk.retrieval.article;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * What Rome does not keep of a feed's items: each item's date fields as written, and the base its
 * relative links are resolved against.
 *
 * <p>The XML is parsed once more with JDOM (the parser under Rome) with the same safety: no
 * DOCTYPE, no external entities. Items are the {@code item} and {@code entry} elements in document
 * order, the order of Rome's entries. The base of an item is its {@code xml:base} (resolved
 * through its ancestors' per RFC 3986), else the feed's own URL, else the channel link.
 */
final class FeedItems {

  /** Date elements in the order they are trusted, with the name used in {@code published_from}. */
  private static final List<Map.Entry<String, String>> DATE_FIELDS =
      List.of(Map.entry("pubDate", "rss pubDate"), Map.entry("published", "atom published"),
          Map.entry("date", "dc:date"), Map.entry("issued", "atom issued"),
          Map.entry("updated", "atom updated"), Map.entry("modified", "atom modified"));

  /** One item as written. */
  record Item(List<PublicationDate.Candidate> dates, Optional<URI> base) {}

  private FeedItems() {}

  /**
   * The items of this feed, or empty when the XML cannot be read this way (then links are used as
   * Rome gives them); {@code feedUrl} is where the feed was fetched from, {@code channelLink} the
   * feed's own link.
   */
  static Optional<List<Item>> read(String xml, Optional<String> feedUrl, Optional<String> channelLink) {
    Document doc;
    try {
      SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
      builder.setExpandEntities(false);
      builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = builder.build(new XmlFixerReader(new StringReader(xml)));
    } catch (JDOMException | IOException | RuntimeException e) {
      return Optional.empty();
    }
    Optional<URI> fallback = feedUrl.flatMap(FeedItems::uri).filter(URI::isAbsolute)
        .or(() -> channelLink.flatMap(FeedItems::uri).filter(URI::isAbsolute));
    List<Item> items = new ArrayList<>();
    collect(doc.getRootElement(), fallback, items);
    return Optional.of(items);
  }

  private static void collect(Element element, Optional<URI> outerBase, List<Item> items) {
    Optional<URI> base = xmlBase(element, outerBase);
    String name = element.getName();
    if (name.equals("item") || name.equals("entry")) {
      items.add(new Item(dates(element), base));
      return;
    }
    for (Element child : element.getChildren()) {
      collect(child, base, items);
    }
  }

  private static Optional<URI> xmlBase(Element element, Optional<URI> outer) {
    String declared = element.getAttributeValue("base", Namespace.XML_NAMESPACE);
    if (declared == null || declared.isBlank()) {
      return outer;
    }
    Optional<URI> own = uri(declared);
    if (own.isEmpty()) {
      return outer;
    }
    return own.get().isAbsolute()
        ? own
        : outer.map(o -> o.resolve(own.get())).or(() -> Optional.empty());
  }

  private static List<PublicationDate.Candidate> dates(Element item) {
    List<PublicationDate.Candidate> candidates = new ArrayList<>();
    for (Map.Entry<String, String> field : DATE_FIELDS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(field.getKey()) && !child.getTextTrim().isEmpty()) {
          candidates.add(new PublicationDate.Candidate(field.getValue(), child.getTextTrim()));
        }
      }
    }
    return candidates;
  }

  /** A link resolved against a base, when it is relative and there is one. */
  static Optional<String> resolve(String link, Optional<URI> base) {
    Optional<URI> uri = uri(link);
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    if (uri.get().isAbsolute()) {
      return Optional.of(link.strip());
    }
    return base.map(b -> b.resolve(uri.get()).toString());
  }

  /** Whether a link cannot be read as a URI at all (RFC 3986), e.g. {@code http://exa mple.com/%%zz}. */
  static boolean malformed(String link) {
    return uri(link).isEmpty();
  }

  private static Optional<URI> uri(String value) {
    try {
      return Optional.of(new URI(value.strip().replace(" ", "%20")));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
