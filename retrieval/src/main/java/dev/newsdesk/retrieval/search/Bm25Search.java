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
    Query relevance = relevance(request.query());
    if (relevance == null) {
      return new ScoreDoc[0];
    }
    return searcher.search(SearchFilters.apply(relevance, request), depth).scoreDocs;
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
    if (phrase != null && !(phrase instanceof TermQuery)) {
      query.add(new BoostQuery(phrase, 0.5f), Occur.SHOULD);
    }
    return query.build();
  }
}
