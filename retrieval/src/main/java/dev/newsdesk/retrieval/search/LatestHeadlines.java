package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** The newest articles of the index, optionally only those a topic matches (BM25 over headline and text). */
public final class LatestHeadlines {

  /** How many passages a topic search looks at before it orders their articles by date. */
  private static final int TOPIC_CANDIDATES = 200;

  private final NewsIndex index;

  public LatestHeadlines(NewsIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  /** One article as a headline list shows it. */
  public record Headline(
      String articleId, String title, String outlet, Optional<Instant> published, Optional<String> url) {
    public Headline {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(url, "url");
    }
  }

  /** The {@code count} newest articles, newest first; undated articles come last. */
  public List<Headline> latest(int count) {
    requirePositive(count);
    return index.search(searcher -> newest(searcher, count)).orElse(List.of());
  }

  /** The {@code count} newest articles the topic matches, newest first; a blank topic means all. */
  public List<Headline> latest(String topic, int count) {
    requirePositive(count);
    if (topic.isBlank()) {
      return latest(count);
    }
    return index.search(searcher -> aboutTopic(searcher, topic, count)).orElse(List.of());
  }

  private static List<Headline> newest(IndexSearcher searcher, int count) throws IOException {
    // Only the first passage of each article carries ARTICLE_HEAD, so each article is listed once.
    Query heads = new TermQuery(new Term(IndexFields.ARTICLE_HEAD, "1"));
    SortField byPublished = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
    byPublished.setMissingValue(Long.MIN_VALUE);
    List<Headline> headlines = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(heads, count, new Sort(byPublished)).scoreDocs) {
      headlines.add(read(searcher.storedFields().document(hit.doc)));
    }
    return headlines;
  }

  private List<Headline> aboutTopic(IndexSearcher searcher, String topic, int count) throws IOException {
    Optional<Query> relevance = relevance(
        QueryWords.mostInformative(topic, index.analyzer(), searcher.getIndexReader(), IndexFields.TEXT));
    if (relevance.isEmpty()) {
      return List.of();
    }
    Map<String, Headline> articles = new LinkedHashMap<>();
    for (ScoreDoc hit : searcher.search(relevance.get(), TOPIC_CANDIDATES).scoreDocs) {
      Headline headline = read(searcher.storedFields().document(hit.doc));
      articles.putIfAbsent(headline.articleId(), headline);
    }
    Comparator<Headline> newestFirst = Comparator.comparing(
        (Headline h) -> h.published().orElse(Instant.MIN), Comparator.reverseOrder());
    return articles.values().stream().sorted(newestFirst).limit(count).toList();
  }

  /** Any word of the topic in the headline or the text; empty when the topic has no searchable words. */
  private Optional<Query> relevance(String topic) {
    QueryBuilder builder = new QueryBuilder(index.analyzer());
    Query text = builder.createBooleanQuery(IndexFields.TEXT, topic);
    Query title = builder.createBooleanQuery(IndexFields.TITLE, topic);
    if (text == null && title == null) {
      return Optional.empty();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (text != null) {
      query.add(text, Occur.SHOULD);
    }
    if (title != null) {
      query.add(title, Occur.SHOULD);
    }
    return Optional.of(query.build());
  }

  private static Headline read(Document doc) {
    IndexableField published = doc.getField(IndexFields.PUBLISHED);
    return new Headline(
        doc.get(IndexFields.ARTICLE_ID),
        Optional.ofNullable(doc.get(IndexFields.TITLE)).orElse(""),
        Optional.ofNullable(doc.get(IndexFields.OUTLET)).orElse(""),
        Optional.ofNullable(published).map(f -> Instant.ofEpochMilli(f.numericValue().longValue())),
        Optional.ofNullable(doc.get(IndexFields.URL)));
  }

  private static void requirePositive(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
  }
}
