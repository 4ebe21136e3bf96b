package fi.virkaprofiili.profile.entity.account;

import fi.virkaprofiili.profile.entity.Channel;

/**
 * An address that would be an account on {@code channel} but for a name of more than {@code
 * longest} characters, the most the service allows.
 *
 * @param brand the service's name as people write it, the same in every language
 */
public record NameTooLong(Channel channel, String brand, int longest) {}
