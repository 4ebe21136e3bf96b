/**
 * Counters of attempts that are limited (failed sign-ins, public reports), kept in the database so
 * that every node counts the same; and the policy that turns a count into a hold. Nothing here is
 * ever a lock: every count expires by itself.
 */
package fi.virkaprofiili.platform.limits;
