/** Entry point to the organisation's units. */
package fi.virkaprofiili.organisation.boundary;
