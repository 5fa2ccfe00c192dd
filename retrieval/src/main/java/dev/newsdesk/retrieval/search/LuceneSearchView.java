package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.LuceneIndex;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A view of the embedded index: one {@link IndexSearcher} (one commit); candidates are document
 * numbers, so only the passages that make the final ranking have their stored text read.
 */
public final class LuceneSearchView implements SearchView {

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  private LuceneSearchView(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /** Searching the embedded index, one searcher per task. */
  public static PassageSearch searching(LuceneIndex index) {
    return new PassageSearch() {
      @Override
      public <T> Optional<T> inView(ViewTask<T> task) {
        return index.search(searcher -> task.apply(new LuceneSearchView(searcher, index.analyzer())));
      }
    };
  }

  @Override
  public List<Object> keywords(SearchRequest request, float titleBoost, int depth) throws IOException {
    Query relevance = relevance(
        QueryWords.mostInformative(request.query(), analyzer, this::documentFrequencies), titleBoost);
    if (relevance == null) {
      return List.of();
    }
    return keys(searcher.search(SearchFilters.apply(relevance, request, searcher), depth).scoreDocs);
  }

  @Override
  public List<Object> nearest(float[] vector, SearchRequest request, int depth) throws IOException {
    Query filter = SearchFilters.filter(request, searcher).orElse(null);
    return keys(searcher.search(
        new KnnFloatVectorQuery(IndexFields.VECTOR, vector, VectorSearch.graphWidth(depth), filter), depth).scoreDocs);
  }

  @Override
  public Map<Object, Long> published(Collection<Object> candidates) throws IOException {
    int[] docs = candidates.stream().mapToInt(c -> (Integer) c).toArray();
    return new HashMap<>(PublishedDates.of(searcher, docs));
  }

  @Override
  public RetrievedPassage read(Object candidate, double score) throws IOException {
    return StoredPassages.read(searcher.storedFields().document((Integer) candidate), score);
  }

  @Override
  public List<LatestHeadlines.Headline> newest(int count) throws IOException {
    // Only the first passage of each article carries ARTICLE_HEAD, so each article is listed once.
    Query heads = new TermQuery(new Term(IndexFields.ARTICLE_HEAD, "1"));
    List<LatestHeadlines.Headline> headlines = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(heads, count, new Sort(newestFirst())).scoreDocs) {
      headlines.add(headline(searcher.storedFields().document(hit.doc)));
    }
    return headlines;
  }

  @Override
  public List<Object> newestOpenings(SearchRequest request, int count) throws IOException {
    Query heads = SearchFilters.apply(new TermQuery(new Term(IndexFields.ARTICLE_HEAD, "1")), request, searcher);
    return keys(searcher.search(heads, count, new Sort(newestFirst())).scoreDocs);
  }

  @Override
  public List<LatestHeadlines.Headline> aboutTopic(String topic, int depth) throws IOException {
    String words = QueryWords.mostInformative(topic, analyzer, this::documentFrequencies);
    QueryBuilder builder = new QueryBuilder(analyzer);
    Query text = builder.createBooleanQuery(IndexFields.TEXT, words);
    Query title = builder.createBooleanQuery(IndexFields.TITLE, words);
    if (text == null && title == null) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (text != null) {
      query.add(text, Occur.SHOULD);
    }
    if (title != null) {
      query.add(title, Occur.SHOULD);
    }
    List<LatestHeadlines.Headline> hits = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), depth).scoreDocs) {
      hits.add(headline(searcher.storedFields().document(hit.doc)));
    }
    return hits;
  }

  /** By publication instant, newest first, undated last. */
  private static SortField newestFirst() {
    SortField byPublished = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
    byPublished.setMissingValue(Long.MIN_VALUE);
    return byPublished;
  }

  @Override
  public long passageCount() {
    return searcher.getIndexReader().numDocs();
  }

  @Override
  public Map<String, Long> documentFrequencies(Collection<String> terms) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String term : terms) {
      out.put(term, (long) searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT, term)));
    }
    return out;
  }

  /**
   * One flat disjunction (body terms, boosted headline terms, the proximity bonus) rather than nested
   * ones: the scores are the same sums, but Lucene's MaxScore pruning sees every term's upper bound and
   * skips the documents only common words match, which matters on large archives.
   */
  private Query relevance(String text, float titleBoost) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    Query body = builder.createBooleanQuery(IndexFields.TEXT, text);
    if (body == null) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    addTerms(query, body, 1f);
    Query title = builder.createBooleanQuery(IndexFields.TITLE, text);
    if (title != null) {
      addTerms(query, title, titleBoost);
    }
    Query phrase = builder.createPhraseQuery(IndexFields.TEXT, text, Bm25Search.PROXIMITY_SLOP);
    if (phrase != null && !(phrase instanceof TermQuery)) {
      query.add(new BoostQuery(phrase, Bm25Search.PROXIMITY_BOOST), Occur.SHOULD);
    }
    return query.build();
  }

  private static void addTerms(BooleanQuery.Builder into, Query terms, float boost) {
    if (terms instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
      bool.clauses().forEach(c -> into.add(boosted(c.getQuery(), boost), Occur.SHOULD));
    } else {
      into.add(boosted(terms, boost), Occur.SHOULD);
    }
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  private static List<Object> keys(ScoreDoc[] hits) {
    List<Object> keys = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      keys.add(hit.doc);
    }
    return keys;
  }

  private static LatestHeadlines.Headline headline(Document doc) {
    IndexableField published = doc.getField(IndexFields.PUBLISHED);
    return new LatestHeadlines.Headline(
        doc.get(IndexFields.ARTICLE_ID),
        Optional.ofNullable(doc.get(IndexFields.TITLE)).orElse(""),
        Optional.ofNullable(doc.get(IndexFields.OUTLET)).orElse(""),
        Optional.ofNullable(published).map(f -> Instant.ofEpochMilli(f.numericValue().longValue())),
        Optional.ofNullable(doc.get(IndexFields.URL)));
  }
}
