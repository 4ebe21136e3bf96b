/**
 * Account addresses as the registry compares them, and as a profile checks the account it records.
 *
 * <p>A citizen asks "is this account official?" with whatever address they have at hand: a link
 * from a phone app, a handle from a poster, a URL with tracking parameters. The registry can only
 * answer if that address and the one recorded for the profile reduce to the same identity. This
 * package does that reduction, without any network call, and refuses what it cannot read rather
 * than guessing: a wrong "official" is worse than an "unknown".
 *
 * <p>It lives in the profile kernel because a {@link fi.virkaprofiili.profile.entity.Profile}
 * itself refuses an account on another service than its own, and the proposal wizard, the set-up,
 * revisions, the import and the registry all read addresses the same way, from here.
 *
 * <p>{@link fi.virkaprofiili.profile.entity.account.AccountAddress} is the only public type; the
 * sites it knows are package-private, one small class per service.
 */
package fi.virkaprofiili.profile.entity.account;
