package fi.virkaprofiili.profile.entity.account;

import java.util.Set;

/** The rule of {@link PublicAddress}, for entities that check it themselves. */
public final class PublicAddresses {

  /** Top-level names that never reach the public internet (RFC 6761, RFC 8375, common LANs). */
  private static final Set<String> PRIVATE_TOP_LEVEL =
      Set.of("localhost", "local", "internal", "invalid", "test", "arpa", "lan", "home", "corp");

  private PublicAddresses() {}

  /**
   * Whether {@code url} is an absolute https address on a public host name. The host is read as the
   * registry reads account addresses ({@link WebAddress}): domain names only, so IP literals of
   * either version are refused, as are user information and ports other than the default ones.
   */
  public static boolean isPublicHttps(String url) {
    if (url == null
        || url.length() > AccountAddress.MAX_LENGTH
        || !url.regionMatches(true, 0, "https://", 0, "https://".length())
        || AddressReader.hasUnsafeCharacter(url)) {
      return false;
    }
    return WebAddress.parse(url)
        .map(WebAddress::host)
        .filter(host -> host.indexOf('.') > 0)
        .filter(host -> !PRIVATE_TOP_LEVEL.contains(host.substring(host.lastIndexOf('.') + 1)))
        .isPresent();
  }
}
