package dev.newsdesk.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Loading the configuration")
class ConfigLoaderTest {

  @TempDir Path home;

  private NewsdeskConfig load(Map<String, String> env, Optional<Path> file) {
    return new ConfigLoader(env, new DataFolders(env, "Linux", home)).load(file);
  }

  @Test
  void should_use_the_per_user_data_folder_by_default() {
    assertThat(load(Map.of(), Optional.empty()).indexPath())
        .isEqualTo(home.resolve(".local/share/newsdesk/index"));
    assertThat(load(Map.of("XDG_DATA_HOME", "/srv/data"), Optional.empty()).indexPath())
        .isEqualTo(Path.of("/srv/data/newsdesk/index"));
  }

  @Test
  void should_read_the_bundled_default_file_without_complaint() {
    Path bundled = Path.of("../config/newsdesk.yml");
    NewsdeskConfig config = load(Map.of(), Optional.of(bundled));
    assertThat(config.retrieval().passages()).isEqualTo(8);
    assertThat(config.answer().maxQuestionLength()).isEqualTo(500);
  }

  @Test
  void should_let_the_environment_override_the_file() throws IOException {
    Path file = Files.writeString(home.resolve("n.yml"), "retrieval:\n  passages: 5\nindex.path: ~/news\n");
    NewsdeskConfig config = load(Map.of("NEWSDESK_RETRIEVAL_PASSAGES", "12"), Optional.of(file));
    assertThat(config.retrieval().passages()).isEqualTo(12);
    assertThat(config.indexPath()).isEqualTo(home.resolve("news"));
  }

  @Test
  void should_name_an_unknown_key_and_the_file() throws IOException {
    Path file = Files.writeString(home.resolve("n.yml"), "retrieval:\n  pasages: 5\n");
    assertThatThrownBy(() -> load(Map.of(), Optional.of(file)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'retrieval.pasages' in " + file)
        .hasMessageContaining("retrieval.passages");
  }

  @Test
  void should_name_the_key_and_origin_of_a_value_of_the_wrong_type() {
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_RETRIEVAL_PASSAGES", "eight"), Optional.empty()))
        .hasMessage("retrieval.passages must be a whole number, was 'eight' (from NEWSDESK_RETRIEVAL_PASSAGES)");
  }

  @Test
  void should_reject_a_value_out_of_range() {
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_ANSWER_MAX_QUESTION_LENGTH", "0"), Optional.empty()))
        .hasMessage("answer.max-question-length must be at least 1, was 0");
  }

  @Test
  void should_read_a_solrcloud_backend_from_the_environment() {
    NewsdeskConfig config = load(Map.of("NEWSDESK_INDEX_BACKEND", "solrcloud",
        "NEWSDESK_SOLR_ZK_HOSTS", "zk1:2181,zk2:2181/solr", "NEWSDESK_SOLR_SHARDS", "2", "NEWSDESK_SOLR_REPLICAS", "3"),
        Optional.empty());
    dev.newsdesk.retrieval.solr.SolrSettings solr = config.backend().solr().orElseThrow();
    assertThat(solr.zkHosts()).containsExactly("zk1:2181", "zk2:2181");
    assertThat(solr.zkChroot()).contains("/solr");
    assertThat(solr.collection()).isEqualTo("newsdesk");
    assertThat(solr.shards()).isEqualTo(2);
    assertThat(solr.replicas()).isEqualTo(3);
    assertThat(config.indexLocation()).isEqualTo("SolrCloud collection 'newsdesk' (zk-hosts=zk1:2181,zk2:2181/solr)");
    assertThat(load(Map.of(), Optional.empty()).backend()).isEqualTo(IndexBackend.EMBEDDED);
  }

  @Test
  void should_name_what_a_solrcloud_backend_lacks() {
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_INDEX_BACKEND", "solrcloud"), Optional.empty()))
        .hasMessage("index.backend is solrcloud (from NEWSDESK_INDEX_BACKEND), so solr.zk-hosts (NEWSDESK_SOLR_ZK_HOSTS)"
            + " or solr.urls must say where the cluster is");
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_INDEX_BACKEND", "elastic"), Optional.empty()))
        .hasMessage("index.backend must be one of lucene, solrcloud, was 'elastic' (from NEWSDESK_INDEX_BACKEND)");
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_INDEX_BACKEND", "solrcloud", "NEWSDESK_SOLR_ZK_HOSTS", "zk:2181",
        "NEWSDESK_SOLR_URLS", "http://solr:8983/solr"), Optional.empty()))
        .hasMessage("set solr.zk-hosts (from NEWSDESK_SOLR_ZK_HOSTS) or solr.urls (from NEWSDESK_SOLR_URLS), not both");
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_SOLR_REPLICAS", "0"), Optional.empty()))
        .hasMessage("solr.replicas must be at least 1, was 0 (from NEWSDESK_SOLR_REPLICAS)");
    assertThatThrownBy(() -> load(Map.of("NEWSDESK_INDEX_BACKEND", "solrcloud", "NEWSDESK_SOLR_ZK_HOSTS", "zk:2181",
        "NEWSDESK_SOLR_COLLECTION", "my news"), Optional.empty()))
        .hasMessageStartingWith("solr.collection: a collection name is letters, digits")
        .hasMessageEndingWith("(from NEWSDESK_SOLR_COLLECTION)");
  }

  @Test
  void should_report_a_malformed_file_with_its_line() throws IOException {
    Path file = Files.writeString(home.resolve("n.yml"), "retrieval:\n  passages: [1,\n");
    assertThatThrownBy(() -> load(Map.of(), Optional.of(file)))
        .hasMessageContaining("cannot parse " + file);
  }

  @org.junit.jupiter.api.Nested
  @org.junit.jupiter.api.DisplayName("the HTTP server's exposure")
  class Exposure {

    @Test
    @org.junit.jupiter.api.DisplayName("listens on 127.0.0.1 by default, in code and in the bundled file, and does not warn")
    void loopbackByDefault() {
      Path bundled = Path.of("..", "config", "newsdesk.yml");
      assertThat(load(Map.of(), Optional.empty()).channels().http().host()).isEqualTo("127.0.0.1");
      assertThat(load(Map.of(), Optional.of(bundled)).channels().http().host()).isEqualTo("127.0.0.1");
      assertThat(ConfigCheck.warnings(load(Map.of(), Optional.empty()))).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("warns when NEWSDESK_HTTP_HOST opens it to every interface without api.token")
    void warnsWhenPublicWithoutToken() {
      NewsdeskConfig open = load(Map.of("NEWSDESK_HTTP_HOST", "0.0.0.0"), Optional.empty());
      NewsdeskConfig guarded = load(Map.of("NEWSDESK_HTTP_HOST", "0.0.0.0", "NEWSDESK_API_TOKEN", "t0ken"), Optional.empty());

      assertThat(ConfigCheck.warnings(open)).singleElement().asString()
          .startsWith("the HTTP server listens on 0.0.0.0 (http.host, NEWSDESK_HTTP_HOST) without api.token");
      assertThat(ConfigCheck.warnings(guarded)).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("feed item pages on private addresses are refused unless feeds.allow-private-addresses")
    void privateAddressesOffByDefault() {
      assertThat(load(Map.of(), Optional.empty()).feeds().allowPrivateAddresses()).isFalse();
      assertThat(load(Map.of("NEWSDESK_FEEDS_ALLOW_PRIVATE_ADDRESSES", "true"), Optional.empty()).feeds()
          .allowPrivateAddresses()).isTrue();
    }
  }
}
