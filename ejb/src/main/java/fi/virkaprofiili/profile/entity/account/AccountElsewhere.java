package fi.virkaprofiili.profile.entity.account;

import fi.virkaprofiili.platform.InvalidRequestException;
import fi.virkaprofiili.profile.entity.Channel;

/**
 * An address a profile on {@link #service()} cannot take as its account: it is no account at all,
 * or an account on another service ({@link #foundOn()}). Otherwise the registry would list, say, an
 * Instagram profile at a Facebook address, and verify would call that Facebook account official.
 */
public class AccountElsewhere extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  private final Channel service;
  private final Channel foundOn;

  AccountElsewhere(Channel service, Channel foundOn) {
    super(
        // A page on a site no service runs is told as "no account", not as one on "Other".
        foundOn == null || foundOn == Channel.OTHER
            ? "account.notAnAccount"
            : "account.otherService",
        foundOn == null
            ? "Not the address of an account on " + service
            : "An account on " + foundOn + ", not on the profile's " + service,
        service,
        foundOn);
    this.service = service;
    this.foundOn = foundOn;
  }

  /** The service of the profile that was to take the account. */
  public Channel service() {
    return service;
  }

  /** The service the address is an account on; null when it is no account at all. */
  public Channel foundOn() {
    return foundOn;
  }
}
