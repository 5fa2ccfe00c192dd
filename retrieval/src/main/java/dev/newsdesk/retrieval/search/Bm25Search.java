package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.NewsIndex;
import java.io.IOException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Keyword search with Lucene's BM25 over passage text and headline.
 *
 * <p>The headline is boosted because it names the story; word pairs of the question that occur
 * close together in a passage add a small bonus, which favours passages about the same thing over
 * ones that merely share words.
 */
public final class Bm25Search implements CandidateSource {

  private final NewsIndex index;
  private final float titleBoost;

  public Bm25Search(NewsIndex index, float titleBoost) {
    this.index = index;
    this.titleBoost = titleBoost;
  }

  public Bm25Search(NewsIndex index) {
    this(index, 1.5f);
  }

  @Override
  public String name() {
    return "bm25";
  }

  @Override
  public ScoreDoc[] candidates(IndexSearcher searcher, SearchRequest request, int depth)
      throws IOException {
    Query relevance = relevance(
        QueryWords.mostInformative(request.query(), index.analyzer(), searcher.getIndexReader(), IndexFields.TEXT));
    if (relevance == null) {
      return new ScoreDoc[0];
    }
    return searcher.search(SearchFilters.apply(relevance, request, searcher), depth).scoreDocs;
  }

  /**
   * One flat disjunction (body terms, boosted headline terms, the proximity bonus) rather than nested
   * ones: the scores are the same sums, but Lucene's MaxScore pruning sees every term's upper bound and
   * skips the documents only common words match, which matters on large archives.
   */
  private Query relevance(String text) {
    QueryBuilder builder = new QueryBuilder(index.analyzer());
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
    Query phrase = builder.createPhraseQuery(IndexFields.TEXT, text, 8);
    if (phrase != null && !(phrase instanceof TermQuery)) {
      query.add(new BoostQuery(phrase, 0.5f), Occur.SHOULD);
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
}
