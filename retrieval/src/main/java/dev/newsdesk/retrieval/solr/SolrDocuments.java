package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/** Turns a passage into the Solr document that represents it, and back; the fields of {@code IndexFields}. */
final class SolrDocuments {

  /** The stored fields a search reads back (never the vector). */
  static final String[] STORED = {
    "id", "article_id", "ordinal", "text", "start", "end", "title", "outlet", "url", "published", "authors"
  };

  private SolrDocuments() {}

  /**
   * A passage's id: the article id and the ordinal. A {@code !} would make Solr's compositeId router
   * read a routing prefix, so it is escaped; the same article always gives the same ids.
   */
  static String id(String articleId, int ordinal) {
    return articleId.replace("%", "%25").replace("!", "%21") + "#" + ordinal;
  }

  static SolrInputDocument of(Article article, Passage passage, int passageCount, Optional<float[]> vector, String hash) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", id(article.id(), passage.ordinal()));
    doc.addField("article_id", article.id());
    if (passage.ordinal() == 0) {
      doc.addField("article_head", true);
    }
    doc.addField("title", article.title());
    doc.addField("text", passage.text());
    doc.addField("outlet", article.outlet());
    doc.addField("outlet_key", outletKey(article.outlet()));
    article.published().ifPresent(p -> doc.addField("published", p.toEpochMilli()));
    article.url().ifPresent(url -> doc.addField("url", url));
    article.authors().forEach(a -> doc.addField("authors", a));
    doc.addField("ordinal", passage.ordinal());
    doc.addField("start", passage.start());
    doc.addField("end", passage.end());
    doc.addField("passage_count", passageCount);
    doc.addField("content_hash", hash);
    vector.ifPresent(v -> {
      List<Float> values = new ArrayList<>(v.length);
      for (float f : v) {
        values.add(f);
      }
      doc.addField("vector", values);
      doc.addField("has_vector", true);
    });
    return doc;
  }

  static RetrievedPassage passage(SolrDocument doc, double score) {
    Collection<Object> authors = doc.getFieldValues("authors");
    return new RetrievedPassage(
        (String) doc.getFirstValue("article_id"),
        number(doc, "ordinal"),
        text(doc, "text"),
        number(doc, "start"),
        number(doc, "end"),
        score,
        text(doc, "title"),
        text(doc, "outlet"),
        Optional.ofNullable((String) doc.getFirstValue("url")),
        published(doc),
        authors == null ? List.of() : authors.stream().map(String::valueOf).toList());
  }

  static Optional<Instant> published(SolrDocument doc) {
    Object value = doc.getFirstValue("published");
    return value == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(((Number) value).longValue()));
  }

  static String text(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? "" : value.toString();
  }

  /** The form of an outlet name that filters match against (as the embedded index's). */
  static String outletKey(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }

  private static int number(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? 0 : ((Number) value).intValue();
  }
}
