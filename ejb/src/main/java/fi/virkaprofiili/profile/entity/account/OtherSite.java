package fi.virkaprofiili.profile.entity.account;

import fi.virkaprofiili.profile.entity.Channel;
import java.util.Optional;

/**
 * Accounts on services this package does not know, as {@code other:host/path}. The host is
 * normalised; the path keeps its case, because an unknown service may tell {@code /Kaupunki} from
 * {@code /kaupunki}, and joining two accounts would let one pass for the other. The query is
 * dropped: on most sites it only tracks where the visitor came from.
 */
final class OtherSite implements Site {

  @Override
  public Optional<AccountAddress> account(WebAddress address) {
    String path = address.segments().isEmpty() ? "" : "/" + String.join("/", address.segments());
    return Optional.of(AccountAddress.of(Channel.OTHER, address.host() + path));
  }

  /** Without a service, a name names nothing. */
  @Override
  public Optional<AccountAddress> named(String name) {
    return Optional.empty();
  }

  @Override
  public String url(String identity) {
    return "https://" + identity;
  }
}
