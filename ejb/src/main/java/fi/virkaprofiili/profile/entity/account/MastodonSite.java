package fi.virkaprofiili.profile.entity.account;

import com.google.re2j.Pattern;
import fi.virkaprofiili.profile.entity.Channel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Mastodon and other fediverse accounts, known as {@code mastodon:user@server}. Any server may run
 * Mastodon, so on a host no other site claims, {@code /@user} and {@code /users/user} are read as a
 * fediverse account. A profile seen through another server ({@code
 * mastodon.social/@user@server.example}) is the account on the server it names.
 */
final class MastodonSite implements Site {

  /** Mastodon's own rule for user names. */
  private static final Pattern USER = Pattern.compile("[a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?");

  private static final Set<String> TABS = Set.of("with_replies", "media", "followers", "following");

  /**
   * Whether the path has the shape of a fediverse profile. An {@code /@…} path is Mastodon's even
   * when it turns out to be a post ({@code /@user/1234}); that is then no account at all rather
   * than an "other" one.
   */
  boolean isAccountPath(WebAddress address) {
    return address.size() > 0
        && (address.name(0).startsWith("@")
            || (address.size() == 2 && address.word(0).equals("users")));
  }

  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    String first = address.word(0);
    if (first.equals("users")) {
      return handle(address.word(1), address.host());
    }
    if (address.size() > 2 || (address.size() == 2 && !TABS.contains(address.word(1)))) {
      return Optional.empty();
    }
    String user = first.substring(1);
    int at = user.indexOf('@');
    return at < 0
        ? handle(user, address.host())
        : handle(user.substring(0, at), user.substring(at + 1));
  }

  /** A user name alone says nothing without its server. */
  @Override
  public Optional<AccountAddress> named(String name) {
    return Optional.empty();
  }

  Optional<AccountAddress> handle(String user, String server) {
    String name = user.toLowerCase(Locale.ROOT);
    if (!USER.matcher(name).matches()) {
      return Optional.empty();
    }
    return Hosts.normalise(server)
        .map(host -> AccountAddress.of(Channel.MASTODON, name + "@" + host));
  }

  @Override
  public String url(String identity) {
    int at = identity.indexOf('@');
    return "https://" + identity.substring(at + 1) + "/@" + identity.substring(0, at);
  }
}
