package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request's date, as-of and outlet filters as Solr filter queries: the same rules as the
 * embedded index's {@code SearchFilters} (an undated article passes the as-of filter).
 */
final class SolrFilters {

  private SolrFilters() {}

  static List<String> of(SearchRequest request) {
    List<String> filters = new ArrayList<>();
    if (request.from().isPresent() || request.to().isPresent()) {
      filters.add("published:[" + request.from().map(i -> Long.toString(i.toEpochMilli())).orElse("*") + " TO "
          + request.to().map(i -> Long.toString(i.toEpochMilli())).orElse("*") + "]");
    }
    request.asOf().ifPresent(asOf ->
        filters.add("published:[* TO " + asOf.toEpochMilli() + "] OR (*:* -published:[* TO *])"));
    if (!request.outlets().isEmpty()) {
      filters.add(request.outlets().stream()
          .map(o -> "outlet_key:\"" + SolrDocuments.outletKey(o).replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
          .collect(Collectors.joining(" OR ")));
    }
    return filters;
  }
}
