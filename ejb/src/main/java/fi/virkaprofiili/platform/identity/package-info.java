/**
 * One identity store for everyone: Camunda's users and groups, which the portal, Cockpit, Admin and
 * the REST API all sign in against. Groups are roles.
 */
package fi.virkaprofiili.platform.identity;
