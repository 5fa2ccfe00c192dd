package dev.newsdesk.bot.config;

import dev.newsdesk.retrieval.solr.SolrSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Which engine keeps the archive: the embedded Lucene index (the default, one machine) or a SolrCloud
 * collection, with where that collection is.
 */
public record IndexBackend(Kind kind, Optional<SolrSettings> solr) {

  /** The engines. */
  public enum Kind { LUCENE, SOLRCLOUD }

  /** The embedded Lucene index. */
  public static final IndexBackend EMBEDDED = new IndexBackend(Kind.LUCENE, Optional.empty());

  public IndexBackend {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(solr, "solr");
    if (kind == Kind.SOLRCLOUD && solr.isEmpty()) {
      throw new ConfigException(ConfigKey.INDEX_BACKEND.key() + " is solrcloud, so "
          + ConfigKey.SOLR_ZK_HOSTS.key() + " (" + ConfigKey.SOLR_ZK_HOSTS.environmentName() + ") or "
          + ConfigKey.SOLR_URLS.key() + " must say where the cluster is");
    }
  }

  /** A SolrCloud collection. */
  public static IndexBackend solrCloud(SolrSettings settings) {
    return new IndexBackend(Kind.SOLRCLOUD, Optional.of(settings));
  }

  public boolean embedded() {
    return kind == Kind.LUCENE;
  }
}
