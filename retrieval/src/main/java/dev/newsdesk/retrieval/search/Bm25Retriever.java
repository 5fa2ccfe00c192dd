package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;

/**
 * Keyword retrieval with Lucene's BM25 over passage text and headline, with filters and a cap on
 * passages per article.
 *
 * <p>The headline is boosted because it names the story; word pairs of the question that occur
 * close together in a passage add a small bonus, which favours passages about the same thing
 * over ones that merely share words.
 */
public final class Bm25Retriever implements Retriever {

  private static final int MAX_DEPTH = 2000;

  private final NewsIndex index;
  private final float titleBoost;

  public Bm25Retriever(NewsIndex index, float titleBoost) {
    this.index = index;
    this.titleBoost = titleBoost;
  }

  public Bm25Retriever(NewsIndex index) {
    this(index, 1.5f);
  }

  @Override
  public List<RetrievedPassage> retrieve(SearchRequest request) {
    Query relevance = relevance(request.query());
    if (relevance == null) {
      return List.of();
    }
    Query query = SearchFilters.apply(relevance, request);
    return index.search(searcher -> topPassages(searcher, query, request)).orElse(List.of());
  }

  private Query relevance(String text) {
    QueryBuilder builder = new QueryBuilder(index.analyzer());
    Query body = builder.createBooleanQuery(IndexFields.TEXT, text);
    if (body == null) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(body, Occur.SHOULD);
    Query title = builder.createBooleanQuery(IndexFields.TITLE, text);
    if (title != null) {
      query.add(new BoostQuery(title, titleBoost), Occur.SHOULD);
    }
    Query phrase = builder.createPhraseQuery(IndexFields.TEXT, text, 8);
    if (phrase != null && !(phrase instanceof org.apache.lucene.search.TermQuery)) {
      query.add(new BoostQuery(phrase, 0.5f), Occur.SHOULD);
    }
    return query.build();
  }

  private List<RetrievedPassage> topPassages(
      IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
    int depth = Math.max(50, request.k() * 5);
    while (true) {
      TopDocs top = searcher.search(query, depth);
      List<RetrievedPassage> kept = capPerArticle(searcher, top.scoreDocs, request);
      boolean exhausted = top.scoreDocs.length < depth || depth >= MAX_DEPTH;
      if (kept.size() >= request.k() || exhausted) {
        return kept;
      }
      depth = Math.min(depth * 4, MAX_DEPTH);
    }
  }

  private static List<RetrievedPassage> capPerArticle(
      IndexSearcher searcher, ScoreDoc[] hits, SearchRequest request) throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<String, Integer> perArticle = new HashMap<>();
    List<RetrievedPassage> kept = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      RetrievedPassage passage = StoredPassages.read(stored.document(hit.doc), hit.score);
      int seen = perArticle.merge(passage.articleId(), 1, Integer::sum);
      if (seen <= request.maxPerArticle()) {
        kept.add(passage);
        if (kept.size() == request.k()) {
          break;
        }
      }
    }
    return kept;
  }
}
