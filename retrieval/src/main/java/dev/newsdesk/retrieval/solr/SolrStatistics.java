package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.index.IndexStats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;

/** {@link IndexStats} of a collection from three counting queries (facets and stats, no documents read). */
final class SolrStatistics {

  private SolrStatistics() {}

  static IndexStats of(SolrIndex index) {
    SolrQuery heads = new SolrQuery("article_head:true").setRows(0).setFacet(true).addFacetField("outlet")
        .setFacetLimit(-1).setFacetMinCount(1);
    heads.setGetFieldStatistics("published");
    QueryResponse response = index.query(heads, "read statistics");
    Map<String, Long> outlets = new LinkedHashMap<>();
    FacetField field = response.getFacetField("outlet");
    if (field != null) {
      field.getValues().stream()
          .filter(c -> !c.getName().isBlank())
          .sorted((a, b) -> a.getCount() != b.getCount() ? Long.compare(b.getCount(), a.getCount())
              : a.getName().compareTo(b.getName()))
          .forEach(c -> outlets.put(c.getName(), c.getCount()));
    }
    FieldStatsInfo published = response.getFieldStatsInfo() == null ? null : response.getFieldStatsInfo().get("published");
    return new IndexStats(index.location(), response.getResults().getNumFound(), index.count("*:*"), outlets,
        day(published == null ? null : published.getMin()), day(published == null ? null : published.getMax()),
        sizeOnDisk(index), index.count("has_vector:true"), index.embedding());
  }

  /**
   * Not measured on a cluster: each replica keeps its own copy on its own node, which Solr's metrics
   * report per core ({@code INDEX.sizeInBytes}); 0 here.
   */
  static long sizeOnDisk(SolrIndex index) {
    return 0;
  }

  private static Optional<LocalDate> day(Object millis) {
    return millis instanceof Number n
        ? Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(n.longValue()), ZoneOffset.UTC))
        : Optional.empty();
  }
}
