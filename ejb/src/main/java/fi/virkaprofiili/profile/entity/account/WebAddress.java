package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A web address taken apart, so that sites compare its parts rather than its spelling.
 *
 * @param host normalised by {@link Hosts#normalise}
 * @param segments path segments in RFC 3986 normal form, no empty ones, dot segments resolved
 * @param query the raw query, empty if none; the fragment is dropped
 */
record WebAddress(String host, List<String> segments, String query) {

  /** A scheme other than http(s), or a host with a port, as in host:8443 (told apart below). */
  private static final Pattern SCHEME_OR_PORT = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  WebAddress {
    segments = List.copyOf(segments);
  }

  /**
   * Empty for schemes other than http and https, user information ({@code x.com@evil.example}),
   * ports other than the default ones, malformed escapes, and hosts that are not domain names.
   */
  static Optional<WebAddress> parse(String text) {
    String rest = withoutScheme(text);
    if (rest == null) {
      return Optional.empty();
    }
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    String query = "";
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    if (path.replace("/", "").isEmpty() && fragment.startsWith("!/")) {
      // Old Twitter links (twitter.com/#!/name) kept the path in a "hashbang" fragment.
      int inner = fragment.indexOf('?');
      path = inner < 0 ? fragment.substring(1) : fragment.substring(1, inner);
    }
    Optional<String> host = host(authority);
    Optional<List<String>> segments = segments(path);
    if (host.isEmpty() || segments.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WebAddress(host.get(), segments.get(), query));
  }

  int size() {
    return segments.size();
  }

  /** The decoded text of segment {@code index}, as the service would read it. */
  String name(int index) {
    return PercentEncoding.decode(segments.get(index));
  }

  /** The decoded, lower-cased segment: for the parts of a path a service reads without case. */
  String word(int index) {
    return name(index).toLowerCase(Locale.ROOT);
  }

  Optional<String> queryParameter(String name) {
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        return Optional.of(PercentEncoding.decode(pair.substring(equals + 1)));
      }
    }
    return Optional.empty();
  }

  /** Null when the text names a scheme other than http or https. */
  private static String withoutScheme(String text) {
    for (String prefix : List.of("https://", "http://", "//")) {
      if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return text.substring(prefix.length());
      }
    }
    Matcher scheme = SCHEME_OR_PORT.matcher(text);
    boolean otherScheme =
        scheme.lookingAt()
            && (scheme.end() == text.length() || !isAsciiDigit(text.charAt(scheme.end())));
    return otherScheme ? null : text;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Optional<String> host(String authority) {
    if (authority.indexOf('@') >= 0) {
      return Optional.empty();
    }
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      String port = authority.substring(colon + 1);
      if (!List.of("", "80", "443").contains(port)) {
        return Optional.empty();
      }
      authority = authority.substring(0, colon);
    }
    return Hosts.normalise(authority);
  }

  private static Optional<List<String>> segments(String path) {
    return PercentEncoding.normalise(path).map(WebAddress::resolveDotSegments);
  }

  /** As a browser would: {@code /a/./b/../c} is {@code /a/c}; empty segments are dropped. */
  private static List<String> resolveDotSegments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        if (!segments.isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
