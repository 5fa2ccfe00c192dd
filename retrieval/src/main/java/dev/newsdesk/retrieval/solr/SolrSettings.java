package dev.newsdesk.retrieval.solr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the SolrCloud collection is and how it is laid out.
 *
 * @param zkHosts ZooKeeper ensemble as {@code host:port} entries (with {@code zkChroot}); or empty
 * @param zkChroot the ZooKeeper path Solr lives under, such as {@code /solr}; empty for the root
 * @param urls Solr base URLs ({@code http://host:8983/solr}) when no ZooKeeper hosts are given
 * @param collection the collection's name
 * @param shards shards {@code solr init} creates
 * @param replicas replicas of each shard {@code solr init} creates
 */
public record SolrSettings(
    List<String> zkHosts, Optional<String> zkChroot, List<String> urls, String collection, int shards, int replicas) {

  public SolrSettings {
    zkHosts = List.copyOf(zkHosts);
    urls = List.copyOf(urls);
    Objects.requireNonNull(zkChroot, "zkChroot");
    Objects.requireNonNull(collection, "collection");
    if (zkHosts.isEmpty() == urls.isEmpty()) {
      throw new IllegalArgumentException("give either ZooKeeper hosts or Solr URLs, not " + (zkHosts.isEmpty() ? "neither" : "both"));
    }
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("a collection name is letters, digits, '.', '_' and '-', was '" + collection + "'");
    }
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("shards and replicas must be at least 1, were " + shards + " and " + replicas);
    }
  }

  /**
   * Settings from a {@code zk-hosts} string as Solr writes it: {@code host:port[,host:port...][/chroot]}.
   */
  public static SolrSettings ofZkHosts(String zkHosts, String collection, int shards, int replicas) {
    String hosts = zkHosts.strip();
    Optional<String> chroot = Optional.empty();
    int slash = hosts.indexOf('/');
    if (slash >= 0) {
      chroot = Optional.of(hosts.substring(slash)).filter(c -> !c.equals("/"));
      hosts = hosts.substring(0, slash);
    }
    List<String> list = List.of(hosts.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new SolrSettings(list, chroot, List.of(), collection, shards, replicas);
  }

  /** The collection and its cluster, for messages: {@code SolrCloud collection 'news' (zk-hosts=...)}. */
  public String describe() {
    return "SolrCloud collection '" + collection + "' (" + where() + ")";
  }

  /** Where the cluster is, for messages: {@code zk-hosts=a:2181/solr} or the URLs. */
  public String where() {
    return zkHosts.isEmpty() ? "solr.urls=" + String.join(",", urls)
        : "zk-hosts=" + String.join(",", zkHosts) + zkChroot.orElse("");
  }
}
