package dev.newsdesk.retrieval.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of a web page, from the article's own date sources only.
 *
 * <p>The order (documented in docs/ingest.md): JSON-LD {@code datePublished}; {@code meta
 * property=article:published_time}; {@code itemprop=datePublished}; a {@code <time>} marked as the
 * publication time ({@code class~=published|pubdate}, {@code pubdate} attribute); {@code meta}
 * {@code name} = {@code date}, {@code pubdate}, {@code publishdate}, {@code dc.date}, {@code
 * dcterms.created}, {@code parsely-pub-date}, {@code sailthru.date}; the first {@code <time
 * datetime>} of the story; a short "date" line of the story. A {@code <time>} or date line in the
 * page's header, navigation, a sidebar, footer, or a box of trending, popular or related items is
 * never taken: it dates the page or another story, not this one.
 */
final class PageDates {

  private static final List<String> META_NAMES =
      List.of("date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created",
          "parsely-pub-date", "sailthru.date", "article.published");
  private static final String ELSEWHERE =
      "nav, aside, footer, [role=navigation], [role=complementary], [role=banner]";
  private static final Pattern ELSEWHERE_NAMES =
      Pattern.compile(
          "(?i).*\\b(trending|popular|most-?read|sidebar|side-bar|related|widget|ticker|"
              + "masthead|topbar|top-bar|site-header|breaking|teaser|recommended|more-stories)\\b.*");
  /** "Published on", in the languages of {@link LocalNames}: a label, not part of the date. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^(?:published|posted|first published|publication date|updated|publié|mis à jour"
              + "|veröffentlicht|aktualisiert|publicado|actualizado|gepubliceerd|bijgewerkt"
              + "|pubblicato|aggiornato|publicerad|uppdaterad|udgivet|publisert|opublikowano)"
              + "(?:\\s+(?:on|le|am|el|op|il|den|kl\\.?))?\\s*:?\\s*");

  /** A date line without its label: "Publié le 3 mars 2026" gives "3 mars 2026". */
  static String withoutLabel(String line) {
    return LABEL.matcher(line.strip()).replaceFirst("");
  }

  private PageDates() {}

  static PublicationDate published(Document page, Optional<JsonLdArticle> ld) {
    List<PublicationDate.Candidate> c = new ArrayList<>();
    ld.flatMap(JsonLdArticle::datePublished)
        .ifPresent(d -> c.add(new PublicationDate.Candidate("json-ld datePublished", d)));
    HtmlMetadata.meta(page, "property", "article:published_time")
        .ifPresent(d -> c.add(new PublicationDate.Candidate("meta article:published_time", d)));
    for (Element e : page.select("[itemprop=datePublished]")) {
      String raw = firstNonBlank(e.attr("content"), e.attr("datetime"), e.text());
      c.add(new PublicationDate.Candidate("itemprop datePublished", raw));
    }
    for (Element e : page.select("time[class~=(?i)publish|pubdate|post-date], time[pubdate]")) {
      if (isStory(e)) {
        c.add(new PublicationDate.Candidate("time.published", firstNonBlank(e.attr("datetime"), e.text())));
      }
    }
    for (String name : META_NAMES) {
      HtmlMetadata.meta(page, "name", name)
          .ifPresent(d -> c.add(new PublicationDate.Candidate("meta " + name, d)));
    }
    page.select("time[datetime]").stream().filter(PageDates::isStory).findFirst()
        .ifPresent(t -> c.add(new PublicationDate.Candidate("story <time>", t.attr("datetime"))));
    page.select("[class~=(?i)(^|[\\s_-])(date|dateline|timestamp|published|pubdate)($|[\\s_-])]").stream()
        .filter(e -> !e.normalName().equals("time") && isStory(e))
        .map(e -> withoutLabel(e.text()))
        .filter(t -> !t.isEmpty() && t.length() <= 60)
        .findFirst()
        .ifPresent(t -> c.add(new PublicationDate.Candidate("date line", t)));
    return PublicationDate.firstOf(c);
  }

  /** Whether the element belongs to the story rather than the page around it. */
  private static boolean isStory(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.is(ELSEWHERE) || ELSEWHERE_NAMES.matcher(a.className() + " " + a.id()).matches()) {
        return false;
      }
      if (a.normalName().equals("header") && a.closest("article, main, [itemprop=articleBody]") == null) {
        return false;
      }
    }
    return true;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
