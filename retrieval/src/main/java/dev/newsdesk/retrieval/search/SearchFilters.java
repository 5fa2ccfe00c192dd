package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import dev.newsdesk.retrieval.index.LuceneIndex;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A request's date, as-of and outlet filters as one non-scoring query. A filter the index cannot fail
 * (as of an instant no article is newer than, which is every live question) is left out: on a large
 * archive a filter that keeps everything still costs a pass over every document.
 */
final class SearchFilters {

  private SearchFilters() {}

  /** The relevance query with the request's filters as FILTER clauses (or alone when none apply). */
  static Query apply(Query relevance, SearchRequest request, IndexSearcher searcher) throws IOException {
    Optional<Query> filter = filter(request, searcher);
    if (filter.isEmpty()) {
      return relevance;
    }
    return new BooleanQuery.Builder().add(relevance, Occur.MUST).add(filter.get(), Occur.FILTER).build();
  }

  /** The request's filters that can exclude something from this index; empty when none can. */
  static Optional<Query> filter(SearchRequest request, IndexSearcher searcher) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    if (request.from().isPresent() || request.to().isPresent()) {
      long from = request.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
      long to = request.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
      query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), Occur.FILTER);
      any = true;
    }
    if (request.asOf().isPresent() && request.asOf().get().toEpochMilli()
        < LuceneIndex.newestPublished(searcher.getIndexReader()).orElse(Long.MIN_VALUE)) {
      query.add(notAfter(request.asOf().get()), Occur.FILTER);
      any = true;
    }
    if (!request.outlets().isEmpty()) {
      List<BytesRef> keys =
          request.outlets().stream()
              .map(o -> new BytesRef(o.strip().toLowerCase(Locale.ROOT)))
              .toList();
      query.add(new TermInSetQuery(IndexFields.OUTLET_KEY, keys), Occur.FILTER);
      any = true;
    }
    return any ? Optional.of(new ConstantScoreQuery(query.build())) : Optional.empty();
  }

  /** Published no later than the instant, or undated (an undated article may be about anything). */
  private static Query notAfter(Instant asOf) {
    Query undated =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.MUST)
            .add(new FieldExistsQuery(IndexFields.PUBLISHED), Occur.MUST_NOT)
            .build();
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, Long.MIN_VALUE, asOf.toEpochMilli()), Occur.SHOULD)
        .add(undated, Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }
}
