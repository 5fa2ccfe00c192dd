package dev.newsdesk.retrieval.index;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Turns an article and its passages into the Lucene documents that represent them. */
final class PassageDocuments {

  private PassageDocuments() {}

  static List<Document> of(Article article, List<Passage> passages, String contentHash) {
    List<Document> documents = new ArrayList<>(passages.size());
    for (Passage passage : passages) {
      documents.add(document(article, passage, contentHash));
    }
    return documents;
  }

  private static Document document(Article article, Passage passage, String contentHash) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ARTICLE_ID, article.id(), Field.Store.YES));
    if (passage.ordinal() == 0) {
      doc.add(new StringField(IndexFields.ARTICLE_HEAD, "1", Field.Store.NO));
    }
    doc.add(new TextField(IndexFields.TITLE, article.title(), Field.Store.YES));
    doc.add(new TextField(IndexFields.TEXT, passage.text(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.OUTLET, article.outlet()));
    doc.add(
        new StringField(
            IndexFields.OUTLET_KEY, outletKey(article.outlet()), Field.Store.NO));
    article
        .published()
        .ifPresent(
            published -> {
              long millis = published.toEpochMilli();
              doc.add(new LongPoint(IndexFields.PUBLISHED, millis));
              doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, millis));
              doc.add(new StoredField(IndexFields.PUBLISHED, millis));
            });
    article.url().ifPresent(url -> doc.add(new StoredField(IndexFields.URL, url)));
    for (String author : article.authors()) {
      doc.add(new StoredField(IndexFields.AUTHORS, author));
    }
    doc.add(new IntPoint(IndexFields.ORDINAL, passage.ordinal()));
    doc.add(new StoredField(IndexFields.ORDINAL, passage.ordinal()));
    doc.add(new StoredField(IndexFields.START, passage.start()));
    doc.add(new StoredField(IndexFields.END, passage.end()));
    doc.add(new StoredField(IndexFields.CONTENT_HASH, contentHash));
    return doc;
  }

  /** The form of an outlet name that filters match against. */
  static String outletKey(String outlet) {
    return outlet.strip().toLowerCase(Locale.ROOT);
  }
}
