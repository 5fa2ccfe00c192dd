package dev.newsdesk.retrieval.index;

import dev.newsdesk.retrieval.article.Article;
import dev.newsdesk.retrieval.chunk.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Turns an article and its passages into the Lucene documents that represent them. */
public final class PassageDocuments {

  private PassageDocuments() {}

  /** The documents of an article's passages; the first {@code vectors.size()} carry a vector. */
  static List<Document> of(
      Article article, List<Passage> passages, List<float[]> vectors, String contentHash) {
    if (vectors.size() > passages.size()) {
      throw new IllegalArgumentException(
          vectors.size() + " vectors for " + passages.size() + " passages of " + article.id());
    }
    List<Document> documents = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Document doc = document(article, passages.get(i), contentHash);
      doc.add(new StoredField(IndexFields.PASSAGE_COUNT, passages.size()));
      if (i < vectors.size()) {
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
      }
      documents.add(doc);
    }
    return documents;
  }

  /** The text embedded for a passage: the headline gives the passage its subject. */
  public static String embeddingText(Article article, Passage passage) {
    return article.title().isBlank() ? passage.text() : article.title() + "\n" + passage.text();
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
