package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/** Host names as the registry compares them: ASCII, lower case, without a leading www. */
final class Hosts {

  /** Labels of letters, digits and inner hyphens; the last one starts with a letter (no IPs). */
  private static final Pattern DOMAIN_NAME =
      Pattern.compile(
          "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

  private Hosts() {}

  /**
   * International names become punycode, so a Cyrillic "а" in {@code fаcebook.com} yields a
   * different host rather than Facebook's. Empty for anything that is not a domain name.
   */
  static Optional<String> normalise(String raw) {
    if (raw.isEmpty() || raw.indexOf('%') >= 0) {
      return Optional.empty();
    }
    String host;
    try {
      host = IDN.toASCII(raw).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAHostName) {
      return Optional.empty();
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("www.") && host.indexOf('.', 4) > 0) {
      host = host.substring(4);
    }
    return isDomainName(host) ? Optional.of(host) : Optional.empty();
  }

  static boolean isDomainName(String name) {
    return name.length() <= 253 && DOMAIN_NAME.matcher(name).matches();
  }
}
