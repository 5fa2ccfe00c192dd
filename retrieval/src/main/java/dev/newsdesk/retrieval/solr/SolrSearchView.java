package dev.newsdesk.retrieval.solr;

import dev.newsdesk.retrieval.search.Bm25Search;
import dev.newsdesk.retrieval.search.LatestHeadlines;
import dev.newsdesk.retrieval.search.QueryWords;
import dev.newsdesk.retrieval.search.RetrievedPassage;
import dev.newsdesk.retrieval.search.SearchRequest;
import dev.newsdesk.retrieval.search.SearchView;
import dev.newsdesk.retrieval.search.VectorSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

/**
 * A view of the collection for one task. Candidates are passage ids; each search returns the
 * stored fields of its hits, kept here, so reading the final passages costs no further request.
 *
 * <p>BM25 is edismax over {@code text} and {@code title^boost} with {@code tie=1} (a term's field
 * scores add up, as in the embedded flat disjunction) and the proximity bonus as {@code pf}/{@code ps};
 * vectors are {@code {!knn}} as the main query, so the filter queries pre-filter the graph search.
 */
final class SolrSearchView implements SearchView {

  private final SolrIndex index;
  private final Map<Object, SolrDocument> read = new ConcurrentHashMap<>();

  SolrSearchView(SolrIndex index) {
    this.index = index;
  }

  @Override
  public List<Object> keywords(SearchRequest request, float titleBoost, int depth) {
    String words = QueryWords.mostInformative(request.query(), index.analyzer(), this::documentFrequencies);
    if (index.analyze(words).isEmpty()) {
      return List.of();
    }
    SolrQuery query = new SolrQuery(escaped(words))
        .setFields(SolrDocuments.STORED).setRows(depth);
    query.set("defType", "edismax");
    query.set("qf", "text title^" + titleBoost);
    query.set("tie", "1.0");
    query.set("mm", "0%");
    query.set("q.op", "OR");
    query.set("pf", "text^" + Bm25Search.PROXIMITY_BOOST);
    query.set("ps", Bm25Search.PROXIMITY_SLOP);
    SolrFilters.of(request).forEach(query::addFilterQuery);
    return keep(index.query(query, "search by keywords").getResults());
  }

  @Override
  public List<Object> nearest(float[] vector, SearchRequest request, int depth) {
    StringBuilder q = new StringBuilder("{!knn f=vector topK=").append(VectorSearch.graphWidth(depth)).append("}[");
    for (int i = 0; i < vector.length; i++) {
      q.append(i == 0 ? "" : ",").append(vector[i]);
    }
    SolrQuery query = new SolrQuery(q.append(']').toString()).setFields(SolrDocuments.STORED).setRows(depth);
    SolrFilters.of(request).forEach(query::addFilterQuery);
    return keep(index.query(query, "search by vector").getResults());
  }

  @Override
  public Map<Object, Long> published(Collection<Object> candidates) {
    Map<Object, Long> out = new java.util.HashMap<>();
    for (Object c : candidates) {
      SolrDocuments.published(read.get(c)).ifPresent(p -> out.put(c, p.toEpochMilli()));
    }
    return out;
  }

  @Override
  public RetrievedPassage read(Object candidate, double score) {
    return SolrDocuments.passage(read.get(candidate), score);
  }

  @Override
  public List<LatestHeadlines.Headline> newest(int count) {
    SolrQuery query = new SolrQuery("article_head:true").setRows(count)
        .setFields("article_id", "title", "outlet", "published", "url")
        .addSort("published", SolrQuery.ORDER.desc).addSort("id", SolrQuery.ORDER.asc);
    return headlines(index.query(query, "list the newest articles").getResults());
  }

  @Override
  public List<Object> newestOpenings(SearchRequest request, int count) {
    SolrQuery query = new SolrQuery("article_head:true").setFields(SolrDocuments.STORED).setRows(count)
        .addSort("published", SolrQuery.ORDER.desc).addSort("id", SolrQuery.ORDER.asc);
    SolrFilters.of(request).forEach(query::addFilterQuery);
    return keep(index.query(query, "list the newest articles").getResults());
  }

  @Override
  public List<LatestHeadlines.Headline> aboutTopic(String topic, int depth) {
    String words = QueryWords.mostInformative(topic, index.analyzer(), this::documentFrequencies);
    if (index.analyze(words).isEmpty()) {
      return List.of();
    }
    SolrQuery query = new SolrQuery(escaped(words)).setRows(depth)
        .setFields("article_id", "title", "outlet", "published", "url");
    query.set("defType", "edismax");
    query.set("qf", "text title");
    query.set("tie", "1.0");
    query.set("mm", "0%");
    query.set("q.op", "OR");
    return headlines(index.query(query, "search headlines").getResults());
  }

  @Override
  public long passageCount() {
    return index.count("*:*");
  }

  @Override
  public Map<String, Long> documentFrequencies(Collection<String> terms) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (terms.isEmpty()) {
      return out;
    }
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true);
    List<String> keys = new ArrayList<>();
    for (String term : terms) {
      String key = "{!term f=text}" + term;
      keys.add(key);
      query.addFacetQuery(key);
    }
    Map<String, Integer> counts = index.query(query, "count terms").getFacetQuery();
    int i = 0;
    for (String term : terms) {
      out.put(term, counts.getOrDefault(keys.get(i++), 0).longValue());
    }
    return out;
  }

  private List<Object> keep(List<SolrDocument> docs) {
    List<Object> keys = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      Object id = doc.getFirstValue("id");
      read.put(id, doc);
      keys.add(id);
    }
    return keys;
  }

  private static List<LatestHeadlines.Headline> headlines(List<SolrDocument> docs) {
    List<LatestHeadlines.Headline> out = new ArrayList<>(docs.size());
    for (SolrDocument d : docs) {
      Optional<Instant> published = SolrDocuments.published(d);
      out.add(new LatestHeadlines.Headline((String) d.getFirstValue("article_id"), SolrDocuments.text(d, "title"),
          SolrDocuments.text(d, "outlet"), published, Optional.ofNullable((String) d.getFirstValue("url"))));
    }
    return out;
  }

  /**
   * The words as plain terms: lower case (so AND, OR and NOT are words, not operators; the analyzer
   * lower-cases anyway) and each word's query syntax escaped.
   */
  static String escaped(String words) {
    StringBuilder out = new StringBuilder();
    for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(ClientUtils.escapeQueryChars(word));
      }
    }
    return out.toString();
  }
}
