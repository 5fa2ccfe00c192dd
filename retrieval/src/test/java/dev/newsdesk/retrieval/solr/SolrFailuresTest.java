package dev.newsdesk.retrieval.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.retrieval.RetrievalException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.channels.AsynchronousCloseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which of SolrJ's failures a read retries once, and what the caller sees after that. */
@DisplayName("A read of the collection that loses its connection is retried once")
class SolrFailuresTest {

  static final SolrSettings SETTINGS =
      new SolrSettings(List.of(), Optional.empty(), List.of("http://127.0.0.1:9/solr"), "news", 1, 1);

  @Test
  void should_take_a_lost_connection_for_a_node_going_away() {
    // what the cloud client throws for a request in flight to a node that shuts down
    assertThat(SolrFailures.connectionLost(new SolrServerException("No live SolrServers available",
        new SolrServerException("IOException occurred when talking to server", new AsynchronousCloseException()))))
        .isTrue();
    assertThat(SolrFailures.connectionLost(new SolrServerException(new ConnectException("Connection refused")))).isTrue();
    // Jetty's HTTP/2 client when the stopping node closed the connection under a request
    assertThat(SolrFailures.connectionLost(new SolrServerException(new IllegalStateException("session closed")))).isTrue();
    assertThat(SolrFailures.connectionLost(new RemoteSolrException("http://n2/solr", 503, "shutting down", null))).isTrue();
    assertThat(SolrFailures.connectionLost(new RemoteSolrException("http://n2/solr", 500, "shard gone", null))).isTrue();
  }

  @Test
  void should_not_take_a_bad_request_a_timeout_or_our_own_check_for_one() {
    assertThat(SolrFailures.connectionLost(new RemoteSolrException("http://n2/solr", 400, "undefined field", null))).isFalse();
    assertThat(SolrFailures.connectionLost(new SolrServerException(new SocketTimeoutException("idle")))).isFalse();
    assertThat(SolrFailures.connectionLost(new RetrievalException("a shard did not answer (partial results)"))).isFalse();
  }

  @Test
  void should_answer_from_the_second_try_when_the_first_lost_its_connection() {
    AtomicInteger tries = new AtomicInteger();
    String answer = SolrFailures.read("search", SETTINGS, () -> {
      if (tries.incrementAndGet() == 1) {
        throw new SolrServerException(new AsynchronousCloseException());
      }
      return "hits";
    });
    assertThat(answer).isEqualTo("hits");
    assertThat(tries).hasValue(2);
  }

  @Test
  void should_fail_with_the_cluster_reason_after_two_lost_connections_and_never_retry_a_bad_request() {
    AtomicInteger tries = new AtomicInteger();
    assertThatThrownBy(() -> SolrFailures.read("search", SETTINGS, () -> {
      tries.incrementAndGet();
      throw new SolrServerException(new ConnectException("Connection refused"));
    }))
        .isInstanceOf(RetrievalException.class)
        .hasMessageContaining("cannot search in SolrCloud collection 'news'")
        .hasMessageContaining("Connection refused")
        .satisfies(e -> assertThat(e.getCause().getSuppressed()).hasSize(1));
    assertThat(tries).hasValue(2);

    tries.set(0);
    assertThatThrownBy(() -> SolrFailures.read("search", SETTINGS, () -> {
      tries.incrementAndGet();
      throw new RemoteSolrException("http://n1/solr", 400, "undefined field vector2", null);
    }))
        .isInstanceOf(RetrievalException.class)
        .hasMessageContaining("undefined field vector2");
    assertThat(tries).hasValue(1);
  }

  /** A query response as the coordinating node writes it when a shard request failed: status 0 or 200 and an error. */
  private static org.apache.solr.client.solrj.response.QueryResponse withError(String rootErrorClass) {
    org.apache.solr.common.util.NamedList<Object> metadata = new org.apache.solr.common.util.NamedList<>();
    metadata.add("root-error-class", rootErrorClass);
    org.apache.solr.common.util.NamedList<Object> error = new org.apache.solr.common.util.NamedList<>();
    error.add("metadata", metadata);
    error.add("msg", "Error from server at http://n2/solr/news_shard2_replica_n1/select: parsing error");
    org.apache.solr.common.util.NamedList<Object> header = new org.apache.solr.common.util.NamedList<>();
    header.add("status", 200);
    org.apache.solr.common.util.NamedList<Object> body = new org.apache.solr.common.util.NamedList<>();
    body.add("responseHeader", header);
    body.add("error", error);
    org.apache.solr.client.solrj.response.QueryResponse response = new org.apache.solr.client.solrj.response.QueryResponse();
    response.setResponse(body);
    return response;
  }

  @Test
  void should_retry_a_response_that_reports_a_shard_connection_closed_while_its_node_shut_down() {
    AtomicInteger tries = new AtomicInteger();
    String answer = SolrFailures.read("search", SETTINGS, () -> {
      if (tries.incrementAndGet() == 1) {
        SolrResponses.check(withError("java.nio.channels.AsynchronousCloseException"));
      }
      return "hits";
    });
    assertThat(answer).isEqualTo("hits");
    assertThat(tries).hasValue(2);

    // another error the cluster reports is not retried
    tries.set(0);
    assertThatThrownBy(() -> SolrFailures.read("search", SETTINGS, () -> {
      tries.incrementAndGet();
      return SolrResponses.check(withError("org.apache.solr.search.SyntaxError"));
    })).isInstanceOf(RetrievalException.class).hasMessageContaining("parsing error");
    assertThat(tries).hasValue(1);
  }
}
