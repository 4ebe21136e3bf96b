package fi.virkaprofiili.platform.startup;

/**
 * Fired once start-up has finished: the schema is migrated, the engine runs and the identities are
 * set up. What needs a started application at start-up (the demo lifecycles) observes it.
 */
public record StartupFinished() {}
