/**
 * Start-up in order (schema, engine, identities, then whatever waits for a started application),
 * tried again with back-off while the database is not there yet, so that a node comes up by itself
 * when its database does, and stopped with one clear line when the database can never do.
 */
package fi.virkaprofiili.platform.startup;
