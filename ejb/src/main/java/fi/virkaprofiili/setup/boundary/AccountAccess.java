package fi.virkaprofiili.setup.boundary;

import fi.virkaprofiili.profile.entity.Channel;
import fi.virkaprofiili.profile.entity.ProfileState;
import java.io.Serializable;
import java.time.Instant;

/**
 * An official account and who holds access to it, as IT registered it (R8). An account listed
 * before the product joined may have no registration: {@code holders} is then null.
 */
public record AccountAccess(
    long profileId,
    String name,
    Channel channel,
    String accountUrl,
    ProfileState state,
    String holders,
    String registeredBy,
    Instant registeredAt)
    implements Serializable {}
