package dev.newsdesk.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The address policy for feed items")
class AddressPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
      "192.168.1.1", "169.254.169.254", "100.100.100.200", "192.0.0.192", "198.18.0.1", "224.0.0.1", "255.255.255.255",
      "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
      "64:ff9b::a9fe:a9fe"})
  void should_refuse_loopback_private_link_local_and_metadata_addresses(String address) throws Exception {
    assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "64:ff9b::808:808"})
  void should_allow_public_addresses(String address) throws Exception {
    assertThat(AddressPolicy.isPrivate(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void should_say_why_a_link_is_refused() {
    assertThat(AddressPolicy.PUBLIC_ONLY.refusal(URI.create("http://127.0.0.1:8080/admin")))
        .hasValue("refused: 127.0.0.1 is a private address (127.0.0.1); set feeds.allow-private-addresses to fetch it");
    assertThat(AddressPolicy.PUBLIC_ONLY.refusal(URI.create("http://[::1]/"))).isPresent();
    assertThat(AddressPolicy.PUBLIC_ONLY.refusal(URI.create("file:///etc/passwd"))).hasValue("not a web address (file:)");
    assertThat(AddressPolicy.ANY.refusal(URI.create("http://127.0.0.1/"))).isEmpty();
    assertThat(AddressPolicy.ANY.refusal(URI.create("gopher://127.0.0.1/"))).isPresent();
  }
}
