package fi.virkaprofiili.profile.entity;

/**
 * A profile was inserted, updated or removed in the current transaction (its changes are flushed
 * but may not have committed yet). Fired synchronously, in the writer's transaction.
 *
 * @param profileId the profile written
 */
public record ProfileWritten(Long profileId) {}
