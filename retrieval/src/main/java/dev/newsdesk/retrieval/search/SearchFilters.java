package dev.newsdesk.retrieval.search;

import dev.newsdesk.retrieval.index.IndexFields;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** Adds a request's date, as-of and outlet filters to a relevance query, as non-scoring clauses. */
final class SearchFilters {

  private SearchFilters() {}

  static Query apply(Query relevance, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(relevance, Occur.MUST);
    if (request.from().isPresent() || request.to().isPresent()) {
      long from = request.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
      long to = request.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
      query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to), Occur.FILTER);
    }
    request.asOf().ifPresent(asOf -> query.add(notAfter(asOf), Occur.FILTER));
    if (!request.outlets().isEmpty()) {
      List<BytesRef> keys =
          request.outlets().stream()
              .map(o -> new BytesRef(o.strip().toLowerCase(Locale.ROOT)))
              .toList();
      query.add(new TermInSetQuery(IndexFields.OUTLET_KEY, keys), Occur.FILTER);
    }
    return query.build();
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
