package fi.virkaprofiili.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which client a request is from: the peer, or what trusted proxies say of it, never more. */
class ClientAddressTest {

  private final ClientAddress direct = new ClientAddress("", "X-Forwarded-For");
  private final ClientAddress behindProxies =
      new ClientAddress("10.0.0.0/8, 192.0.2.10, ::1", "X-Forwarded-For");

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(direct.resolve("198.51.100.5", List.of("203.0.113.1"))).isEqualTo("198.51.100.5");
  }

  @Test
  void aHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
    assertThat(behindProxies.resolve("198.51.100.5", List.of("203.0.113.1")))
        .as("a client naming another address itself")
        .isEqualTo("198.51.100.5");
  }

  @Test
  void theRightMostAddressThatIsNoTrustedProxyIsTheClient() {
    assertThat(behindProxies.resolve("10.1.2.3", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    assertThat(
            behindProxies.resolve(
                "10.1.2.3", List.of("1.1.1.1, 203.0.113.7, 192.0.2.10", "10.9.9.9")))
        .as("a chain of trusted proxies; what the client wrote itself, further left, is not taken")
        .isEqualTo("203.0.113.7");
  }

  @Test
  void aSpoofedAddressLeftOfTheRealClientIsNeverTaken() {
    assertThat(behindProxies.resolve("10.1.2.3", List.of("10.5.5.5, 198.51.100.5")))
        .as("the client claims to be a trusted proxy's client")
        .isEqualTo("198.51.100.5");
  }

  @Test
  void garbageInTheHeaderStopsTheWalk() {
    assertThat(behindProxies.resolve("10.1.2.3", List.of("203.0.113.9, evil.example")))
        .isEqualTo("10.1.2.3");
    assertThat(behindProxies.resolve("10.1.2.3", List.of(""))).isEqualTo("10.1.2.3");
  }

  @Test
  void ipv6PeersAndPortsAreUnderstood() {
    assertThat(behindProxies.resolve("0:0:0:0:0:0:0:1", List.of("[2001:db8::17]:4711")))
        .isEqualTo("2001:db8:0:0:0:0:0:17");
    assertThat(behindProxies.resolve("10.0.0.1", List.of("203.0.113.7:5555")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void theForwardedHeaderIsReadByItsForParameter() {
    ClientAddress forwarded = new ClientAddress("10.0.0.0/8", "Forwarded");

    assertThat(
            forwarded.resolve(
                "10.0.0.2",
                List.of("for=1.2.3.4;proto=https, for=\"[2001:db8:cafe::17]:4711\";by=10.0.0.2")))
        .isEqualTo("2001:db8:cafe:0:0:0:0:17");
    assertThat(forwarded.resolve("10.0.0.2", List.of("for=unknown"))).isEqualTo("10.0.0.2");
  }

  @Test
  void trustingEveryPeerTakesTheLeftMostAddress() {
    ClientAddress everyone = new ClientAddress("0.0.0.0/0, ::/0", "X-Forwarded-For");

    assertThat(everyone.resolve("192.0.2.2", List.of("203.0.113.99"))).isEqualTo("203.0.113.99");
    assertThat(everyone.resolve("2001:db8::1", List.of("198.51.100.5, 10.0.0.1")))
        .isEqualTo("198.51.100.5");
  }

  @Test
  void namesAreNeverLookedUp() {
    assertThat(ClientAddress.literal("localhost")).isEmpty();
    assertThat(ClientAddress.literal("256.1.1.1")).isEmpty();
    assertThat(ClientAddress.literal("::ffff:203.0.113.7")).isPresent();
  }

  @Test
  void aWrongSettingIsRefusedWithItsName() {
    assertThatThrownBy(() -> new ClientAddress("proxy.example", "X-Forwarded-For"))
        .hasMessageContaining("virkaprofiili.proxy.trusted");
    assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33", "X-Forwarded-For"))
        .hasMessageContaining("virkaprofiili.proxy.trusted");
    assertThatThrownBy(() -> new ClientAddress("", "X-Real-IP"))
        .hasMessageContaining("virkaprofiili.proxy.client-header");
  }

  @Test
  void theSchemeIsATrustedProxysWordOnly() {
    assertThat(behindProxies.isForwardedHttps("10.1.2.3", List.of("https"))).isTrue();
    assertThat(behindProxies.isForwardedHttps("10.1.2.3", List.of("HTTPS"))).isTrue();
    assertThat(behindProxies.isForwardedHttps("10.1.2.3", List.of("http"))).isFalse();
    assertThat(behindProxies.isForwardedHttps("10.1.2.3", List.of())).isFalse();
    assertThat(behindProxies.isForwardedHttps("198.51.100.5", List.of("https")))
        .as("a client that says so itself, not through a trusted proxy")
        .isFalse();
    assertThat(direct.isForwardedHttps("10.1.2.3", List.of("https")))
        .as("no proxy is trusted")
        .isFalse();
    assertThat(behindProxies.isForwardedHttps("not an address", List.of("https"))).isFalse();
  }

  @Test
  void theNearestProxysSchemeCounts() {
    assertThat(behindProxies.isForwardedHttps("10.1.2.3", List.of("https, http")))
        .as("what the client wrote, further left, is not taken")
        .isFalse();
    assertThat(behindProxies.isForwardedHttps("10.1.2.3", List.of("http", "https"))).isTrue();
  }

  @Test
  void forwardedCarriesTheSchemeInProto() {
    ClientAddress forwarded = new ClientAddress("10.0.0.0/8", "Forwarded");

    assertThat(forwarded.isForwardedHttps("10.0.0.2", List.of("for=203.0.113.7;proto=https;by=x")))
        .isTrue();
    assertThat(forwarded.isForwardedHttps("10.0.0.2", List.of("for=203.0.113.7;proto=\"https\"")))
        .isTrue();
    assertThat(forwarded.isForwardedHttps("10.0.0.2", List.of("for=203.0.113.7"))).isFalse();
    assertThat(forwarded.isForwardedHttps("10.0.0.2", List.of("proto=https, for=1.2.3.4")))
        .as("the nearest proxy's element names no scheme")
        .isFalse();
  }
}
