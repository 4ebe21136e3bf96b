/** A manager's own units: their profiles and where each profile's review stands. */
package fi.virkaprofiili.web.organisation;
