/**
 * Account addresses as the public registry compares them.
 *
 * <p>A citizen asks "is this account official?" with whatever address they have at hand: a link
 * from a phone app, a handle from a poster, a URL with tracking parameters. The registry can only
 * answer if that address and the one recorded for the profile reduce to the same identity. This
 * package does that reduction, without any network call, and refuses what it cannot read rather
 * than guessing: a wrong "official" is worse than an "unknown".
 *
 * <p>{@link fi.virkaprofiili.registry.entity.AccountAddress} is the only public type; the sites it
 * knows are package-private, one small class per service.
 */
package fi.virkaprofiili.registry.entity;
