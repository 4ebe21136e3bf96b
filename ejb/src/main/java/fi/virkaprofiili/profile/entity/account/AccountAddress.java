package fi.virkaprofiili.profile.entity.account;

import fi.virkaprofiili.profile.entity.Channel;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of one social media account, read from any of the ways its address is written.
 *
 * <p>Two addresses denote the same account exactly when their {@link #key() keys} are equal, so
 * {@code equals} compares keys. The key is lower case except where the service itself is case
 * sensitive (YouTube channel ids) or unknown to us (the path on other hosts).
 *
 * <p>The only way in is {@link #parse(String)}: an instance always holds a key a site produced.
 */
public final class AccountAddress {

  /** Nobody copies a longer address by hand; refusing it also bounds the work one call can do. */
  public static final int MAX_LENGTH = 2048;

  private final Channel channel;
  private final String key;

  private AccountAddress(Channel channel, String key) {
    this.channel = channel;
    this.key = key;
  }

  /** For the sites of this package, which have already checked that the identity is canonical. */
  static AccountAddress of(Channel channel, String identity) {
    Objects.requireNonNull(channel, "channel");
    if (identity == null || identity.isBlank()) {
      throw new IllegalArgumentException("An account needs an identity");
    }
    return new AccountAddress(channel, channel.name().toLowerCase(Locale.ROOT) + ":" + identity);
  }

  /**
   * Reads a web address or an unambiguous handle ({@code @user@server}, {@code @name.bsky.social}).
   * Empty when the input is blank, longer than {@link #MAX_LENGTH}, not http(s), points at content
   * rather than an account, or is a bare {@code @name} that could belong to any service.
   */
  public static Optional<AccountAddress> parse(String input) {
    return AddressReader.read(input, null);
  }

  /**
   * As {@link #parse(String)}, but a bare handle such as {@code @kaupunki} or {@code kaupunki} is
   * read as an account on {@code hint}, the channel the caller already knows. A web address is
   * always read by its host, and {@code @user@server} is always Mastodon: the hint never turns a
   * Facebook link into an Instagram account. {@link Channel#OTHER} is the same as no hint.
   */
  public static Optional<AccountAddress> parse(String input, Channel hint) {
    Objects.requireNonNull(hint, "hint");
    return AddressReader.read(input, hint == Channel.OTHER ? null : hint);
  }

  /**
   * The account at {@code input} that a profile on {@code service} may record: read as {@link
   * #parse(String, Channel)} reads it, and on that very service. The one rule of which account a
   * profile may name, whichever way it names one (proposal, revision, set-up, import): an address
   * on another service, or on an unknown host for a profile on a known service, is refused, and so
   * is a known service's address for a profile on {@link Channel#OTHER}.
   *
   * @throws AccountElsewhere when it is no account, or one on another service
   */
  public static AccountAddress onService(String input, Channel service) {
    Objects.requireNonNull(service, "service");
    AccountAddress address = parse(input, service).orElse(null);
    if (address == null || address.channel != service) {
      throw new AccountElsewhere(service, address == null ? null : address.channel);
    }
    return address;
  }

  /**
   * When {@code input} is refused by {@link #parse(String)} only because the name in it is longer
   * than its service allows: which service and its limit, for a message that says so.
   */
  public static Optional<NameTooLong> nameTooLong(String input) {
    return parse(input).isPresent() ? Optional.empty() : AddressReader.nameTooLong(input);
  }

  /** Whether {@link #onService} takes {@code input} for a profile on {@code service}. */
  public static boolean isOnService(String input, Channel service) {
    return parse(input, Objects.requireNonNull(service, "service"))
        .filter(address -> address.channel == service)
        .isPresent();
  }

  public Channel channel() {
    return channel;
  }

  /** For example {@code x:kaupunki}, {@code facebook:id/123}, {@code mastodon:user@server.fi}. */
  public String key() {
    return key;
  }

  /** An https address of the account that a citizen can open; it parses back to this address. */
  public String canonicalUrl() {
    return Sites.forChannel(channel).url(key.substring(key.indexOf(':') + 1));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountAddress address && key.equals(address.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
