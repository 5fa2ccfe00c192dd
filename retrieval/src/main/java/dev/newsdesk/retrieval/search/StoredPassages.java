package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads a passage and its article's metadata back from a stored Lucene document. */
final class StoredPassages {

  private StoredPassages() {}

  static RetrievedPassage read(Document doc, double score) {
    IndexableField published = doc.getField(IndexFields.PUBLISHED);
    return new RetrievedPassage(
        doc.get(IndexFields.ARTICLE_ID),
        number(doc, IndexFields.ORDINAL),
        doc.get(IndexFields.TEXT),
        number(doc, IndexFields.START),
        number(doc, IndexFields.END),
        score,
        Optional.ofNullable(doc.get(IndexFields.TITLE)).orElse(""),
        Optional.ofNullable(doc.get(IndexFields.OUTLET)).orElse(""),
        Optional.ofNullable(doc.get(IndexFields.URL)),
        Optional.ofNullable(published).map(f -> Instant.ofEpochMilli(f.numericValue().longValue())),
        Arrays.asList(doc.getValues(IndexFields.AUTHORS)));
  }

  private static int number(Document doc, String field) {
    IndexableField f = doc.getField(field);
    return f == null ? 0 : f.numericValue().intValue();
  }
}
