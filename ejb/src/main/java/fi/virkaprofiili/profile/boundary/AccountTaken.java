package fi.virkaprofiili.profile.boundary;

import fi.virkaprofiili.platform.ConflictException;

/**
 * The account is already held by another live profile, named so that the user knows which: two
 * profiles on one account would make verify name one of them and the registry list both.
 */
public class AccountTaken extends ConflictException {

  private static final long serialVersionUID = 1L;

  AccountTaken(String holderName, String key) {
    super(
        "account.taken",
        "The account " + key + " is already held by the profile " + holderName,
        holderName);
  }
}
