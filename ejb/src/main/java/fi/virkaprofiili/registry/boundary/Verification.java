package fi.virkaprofiili.registry.boundary;

import fi.virkaprofiili.profile.entity.Profile;
import fi.virkaprofiili.profile.entity.ProfileState;
import fi.virkaprofiili.profile.entity.account.AccountAddress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Answers "is this account official?" (R9, R12): official, with its listing (and, when it is
 * closing, the date and where to go next); closed, with where to go now; or not in the registry.
 * The address may be written any way people write it.
 */
@Stateless
public class Verification {

  /** The three answers, and the fourth case: what was given is no account address at all. */
  public enum Answer {
    OFFICIAL,
    CLOSED,
    NOT_LISTED,
    UNRECOGNISED
  }

  /**
   * An answer and the listing it is about, when there is one. Its getters are for pages: their
   * expression language reads bean properties, not record components.
   */
  public record Result(Answer answer, AccountAddress address, Profile profile) {

    /** Where the profile's followers are directed, for a closing or closed profile. */
    public String getRedirectUrl() {
      return profile == null || profile.getClosure() == null
          ? null
          : profile.getClosure().getRedirectUrl();
    }

    public Profile getProfile() {
      return profile;
    }
  }

  @Inject private Registry registry;

  public Result verify(String input) {
    Optional<AccountAddress> address = AccountAddress.parse(input);
    if (address.isEmpty()) {
      return new Result(Answer.UNRECOGNISED, null, null);
    }
    return verify(address.get());
  }

  /** The answer about an address already read. */
  public Result verify(AccountAddress address) {
    return registry
        .listingAt(address)
        .map(
            profile ->
                new Result(
                    profile.getState() == ProfileState.CLOSED ? Answer.CLOSED : Answer.OFFICIAL,
                    address,
                    profile))
        .orElseGet(() -> new Result(Answer.NOT_LISTED, address, null));
  }
}
