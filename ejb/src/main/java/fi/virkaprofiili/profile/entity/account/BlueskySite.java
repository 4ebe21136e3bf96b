package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import fi.virkaprofiili.profile.entity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Bluesky accounts, known by their handle, which is a domain name ({@code
 * bluesky:name.bsky.social}, {@code bluesky:kaupunki.fi}), or by the DID that a {@code
 * bsky.app/profile/did:…} link carries. A handle and a DID of the same account cannot be joined
 * without asking Bluesky.
 */
final class BlueskySite implements Site {

  private static final Pattern DID = Pattern.compile("did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]+)");
  private static final Set<String> TABS = Set.of("followers", "follows");
  private static final String HANDLE_DOMAIN = ".bsky.social";

  /** {@code name.bsky.social}, one label under bsky.social: the host is itself the handle. */
  static boolean isHandleHost(String host) {
    return host.endsWith(HANDLE_DOMAIN)
        && host.indexOf('.') == host.length() - HANDLE_DOMAIN.length();
  }

  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    if (isHandleHost(address.host())) {
      return address.size() == 0 ? named(address.host()) : Optional.empty();
    }
    int size = address.size();
    if (size < 2 || size > 3 || !address.word(0).equals("profile")) {
      return Optional.empty();
    }
    if (size == 3 && !TABS.contains(address.word(2))) {
      return Optional.empty();
    }
    String actor = address.word(1);
    return DID.matcher(actor).matches()
        ? Optional.of(AccountAddress.of(Channel.BLUESKY, actor))
        : named(actor);
  }

  /** {@code name.bsky.social}, {@code @name.bsky.social} or a custom domain such as kaupunki.fi. */
  @Override
  public Optional<AccountAddress> named(String name) {
    String handle = (name.startsWith("@") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    return Hosts.isDomainName(handle)
        ? Optional.of(AccountAddress.of(Channel.BLUESKY, handle))
        : Optional.empty();
  }

  @Override
  public String url(String identity) {
    return "https://bsky.app/profile/" + identity;
  }
}
