package fi.virkaprofiili.web.platform;

import fi.virkaprofiili.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one answer to "which client sent this request", for every limit that counts by client
 * (sign-in throttling, the report limit), and to "did the client come over HTTPS to a trusted proxy
 * that ended TLS" ({@link #isForwardedHttps}).
 *
 * <p>It is the address the connection comes from, unless that is a configured trusted proxy ({@link
 * Settings#PROXY_TRUSTED}): then the proxy's header ({@link Settings#PROXY_CLIENT_HEADER}) is read
 * from the right, skipping trusted proxies, and the first address that is not one is the client.
 * Whatever a client writes in the header itself is further left, so it is never taken; a header
 * from a peer that is not a trusted proxy is ignored altogether.
 */
@ApplicationScoped
public class ClientAddress {

  public static final String X_FORWARDED_FOR = "X-Forwarded-For";
  public static final String FORWARDED = "Forwarded";
  public static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final List<Block> trusted;
  private final String header;

  public ClientAddress() {
    this(
        Settings.value(Settings.PROXY_TRUSTED, ""),
        Settings.value(Settings.PROXY_CLIENT_HEADER, X_FORWARDED_FOR));
  }

  /**
   * @param trustedProxies addresses and CIDR blocks, separated by commas
   * @param header {@code X-Forwarded-For} or {@code Forwarded}
   */
  public ClientAddress(String trustedProxies, String header) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : trustedProxies.split(",")) {
      if (!entry.isBlank()) {
        blocks.add(
            Block.parse(entry.strip())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            Settings.PROXY_TRUSTED
                                + ": not an address or CIDR block: "
                                + entry.strip())));
      }
    }
    this.trusted = List.copyOf(blocks);
    this.header = header.strip();
    if (!X_FORWARDED_FOR.equalsIgnoreCase(this.header)
        && !FORWARDED.equalsIgnoreCase(this.header)) {
      throw new IllegalArgumentException(
          Settings.PROXY_CLIENT_HEADER + ": X-Forwarded-For or Forwarded, not " + header);
    }
  }

  /** The client of this request. */
  public String of(HttpServletRequest request) {
    List<String> values =
        trusted.isEmpty() ? List.of() : Collections.list(request.getHeaders(header));
    return resolve(request.getRemoteAddr(), values);
  }

  /**
   * Whether the client reached the proxy over HTTPS: the request comes from a trusted proxy, and
   * that proxy says {@code https} in {@code X-Forwarded-Proto} (or in the {@code proto=} of {@code
   * Forwarded}, when that is the configured header). From any other peer the header is ignored.
   */
  public boolean isForwardedHttps(HttpServletRequest request) {
    if (trusted.isEmpty()) {
      return false;
    }
    boolean forwarded = FORWARDED.equalsIgnoreCase(header);
    return isForwardedHttps(
        request.getRemoteAddr(),
        Collections.list(request.getHeaders(forwarded ? FORWARDED : X_FORWARDED_PROTO)));
  }

  /**
   * As {@link #isForwardedHttps(HttpServletRequest)}, given the peer and the header's values in the
   * order they came. The nearest proxy's word counts, the last one: a proxy that adds to the header
   * instead of setting it leaves what the client wrote further left.
   */
  public boolean isForwardedHttps(String peer, List<String> headerValues) {
    Optional<InetAddress> address = literal(peer);
    if (address.isEmpty() || !isTrusted(address.get())) {
      return false;
    }
    List<String> schemes = new ArrayList<>();
    for (String value : headerValues) {
      schemes.addAll(
          FORWARDED.equalsIgnoreCase(header) ? forwardedParameter(value, "proto") : split(value));
    }
    return !schemes.isEmpty()
        && "https".equalsIgnoreCase(unquoted(schemes.get(schemes.size() - 1)));
  }

  /**
   * The client, given the connection's peer and the values of the configured header in the order
   * they came.
   */
  public String resolve(String peer, List<String> headerValues) {
    Optional<InetAddress> current = literal(peer);
    if (current.isEmpty()) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String value : headerValues) {
      hops.addAll(
          FORWARDED.equalsIgnoreCase(header) ? forwardedParameter(value, "for") : split(value));
    }
    for (int i = hops.size() - 1; i >= 0 && isTrusted(current.get()); i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        break;
      }
      current = hop;
    }
    return current.get().getHostAddress();
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(block -> block.contains(address));
  }

  private static List<String> split(String value) {
    List<String> hops = new ArrayList<>();
    for (String hop : value.split(",")) {
      hops.add(hop.strip());
    }
    return hops;
  }

  /**
   * The parameter ({@code for}, {@code proto}) of each element of an RFC 7239 {@code Forwarded}
   * header, empty where an element has none.
   */
  private static List<String> forwardedParameter(String value, String name) {
    List<String> hops = new ArrayList<>();
    for (String element : value.split(",")) {
      String found = "";
      for (String pair : element.split(";")) {
        String[] nameValue = pair.strip().split("=", 2);
        if (nameValue.length == 2 && name.equals(nameValue[0].strip().toLowerCase(Locale.ROOT))) {
          found = nameValue[1].strip();
        }
      }
      hops.add(found);
    }
    return hops;
  }

  private static String unquoted(String text) {
    String value = text.strip();
    return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /**
   * An IP address written as one (with brackets, quotes or a port around it, as the headers do),
   * never looked up as a name.
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String address = text.strip();
    if (address.length() > 2 && address.startsWith("\"") && address.endsWith("\"")) {
      address = address.substring(1, address.length() - 1);
    }
    if (address.startsWith("[")) {
      int end = address.indexOf(']');
      if (end < 0) {
        return Optional.empty();
      }
      address = address.substring(1, end);
    } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
      address = address.substring(0, address.indexOf(':')); // IPv4 with a port
    }
    int zone = address.indexOf('%');
    if (zone >= 0) {
      address = address.substring(0, zone);
    }
    if (IPV4.matcher(address).matches()) {
      String[] parts = address.split("\\.");
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(parts[i]);
        if (part > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) part;
      }
      return byAddress(bytes);
    }
    if (address.contains(":") && IPV6.matcher(address).matches()) {
      try {
        // A text with a colon is taken as an IPv6 literal only: no name is looked up.
        return Optional.of(InetAddress.getByName(address));
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<InetAddress> byAddress(byte[] bytes) {
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** An address block: an address and how many of its leading bits a member shares. */
  private static final class Block {

    private final byte[] network;
    private final int bits;

    private Block(byte[] network, int bits) {
      this.network = network;
      this.bits = bits;
    }

    static Optional<Block> parse(String text) {
      int slash = text.indexOf('/');
      Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes = address.get().getAddress();
      int bits = bytes.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(text.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
        if (bits < 0 || bits > bytes.length * 8) {
          return Optional.empty();
        }
      }
      return Optional.of(new Block(bytes, bits));
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (bytes[whole] & mask) == (network[whole] & mask);
    }
  }
}
